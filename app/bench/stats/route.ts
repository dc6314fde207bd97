// What the bench reads between requests (lib/dal/bench-stats.ts); not found outside a bench run.
import { benchStats } from "@/lib/dal/bench-stats";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const stats = benchStats(new URL(request.url).searchParams.has("gc"));
  return stats ? Response.json(stats) : new Response("Not found", { status: 404 });
}
