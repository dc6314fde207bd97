import { exportPracticeNdjson } from "@/lib/dal/fhir-export";

/**
 * The practice's records as FHIR R4 NDJSON (issue 15), one resource a line, for its admin. A
 * synchronous stand-in for FHIR Bulk Data's $export: the file streams as the DAL reads its
 * clients page by page, so the server holds one page, not the practice. Everyone else gets the
 * DAL's not-found (an empty 404), a signed-out caller the redirect to sign-in.
 */
export async function GET(): Promise<Response> {
  const lines = await exportPracticeNdjson();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/fhir+ndjson",
      "Content-Disposition": 'attachment; filename="unknot-export.ndjson"',
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
