import type { NextRequest } from "next/server";
import { exportAuditLog } from "@/lib/dal/audit-log";

/**
 * The audit log's rows for the address's filters, as a CSV download. The DAL decides and audits:
 * a non-admin (or an address with anything not ours) gets its notFound(), which Next 16 turns
 * into an empty 404 response in a route handler (app-route module, handleHandlerError), as a
 * signed-out caller gets its redirect to sign-in.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    const values = request.nextUrl.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  const file = await exportAuditLog(params);
  // A byte order mark, so a spreadsheet reads the file as UTF-8 (names with accents).
  return new Response(`\uFEFF${file.csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // Whether the file stopped at the export's cap (the page says where that is).
      "X-Export-Rows": String(file.count),
      "X-Export-Truncated": String(file.truncated),
    },
  });
}
