import type { NextRequest } from "next/server";
import { exportClientFhir } from "@/lib/dal/fhir-export";

/**
 * FHIR R4 Patient/<id>/$everything (issue 15): the client's whole record as a searchset Bundle.
 * The folder is the literal segment "$everything" (no special meaning to Next's router). The DAL
 * decides and audits: the front desk, a client, another practice's id or a malformed one get its
 * notFound(), an empty 404 in a route handler, exactly as for an id that does not exist; a
 * signed-out caller gets its redirect to sign-in, as on every staff route.
 */
export async function GET(request: NextRequest, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  const bundle = await exportClientFhir(id, `${request.nextUrl.origin}/api/fhir`);
  return new Response(JSON.stringify(bundle), {
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
