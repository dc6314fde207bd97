// FHIR R4 export (issue 15, part 5): one client's record as Patient/$everything, and the whole
// practice as bulk NDJSON. The mapping is pure (lib/domain/fhir/); this gathers and authorizes.
import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import { clients } from "@/db/schema";
import { everythingBundle, resourcesOf } from "@/lib/domain/fhir/bundle";
import { questionnaires } from "@/lib/domain/fhir/questionnaires";
import { audit } from "./internal/audit";
import { loadRecords } from "./internal/fhir-record";
import { db } from "./internal/database";
import { authorize } from "./internal/guard";
import { scopeClient } from "./internal/scope";

/**
 * Patient/<id>/$everything for a clinician of the client's practice (policy: client.export), in
 * one audited read. Another practice's client, a malformed id and the front desk all get the
 * same not-found as an id that does not exist.
 */
export async function exportClientFhir(clientId: string, base: string): Promise<Bundle> {
  const { viewer, client, database } = await scopeClient("client.export", clientId);
  const [record] = await loadRecords(database, viewer.practiceId, [client]);
  const bundle = everythingBundle(record!, base, new Date());
  await audit(database, viewer, {
    action: "client.export",
    objectType: "client",
    objectId: client.id,
    outcome: "allowed",
    detail: { format: "fhir-r4", resources: bundle.total },
  });
  return bundle;
}

/** Clients read per page of a bulk export: memory stays that of one page whatever the practice's size. */
export const BULK_PAGE = 100;

/**
 * The practice's records as FHIR NDJSON lines (one resource a line, the questionnaires first),
 * for its admin (policy: practice.export). Authorized and audited before the first line; clients
 * are read a page at a time in id order, so a stream of any size holds one page in memory.
 */
export async function exportPracticeNdjson(): Promise<AsyncGenerator<string>> {
  const viewer = await authorize("practice.export", "practice");
  const database = await db();
  await audit(database, viewer, {
    action: "practice.export",
    objectType: "practice",
    objectId: viewer.practiceId,
    outcome: "allowed",
    detail: { format: "fhir-r4-ndjson" },
  });
  const line = (r: Resource) => `${JSON.stringify(r)}\n`;
  return (async function* () {
    for (const q of questionnaires()) yield line(q);
    let after = "";
    for (;;) {
      const page = await database
        .select()
        .from(clients)
        .where(and(eq(clients.practiceId, viewer.practiceId), after ? gt(clients.id, after) : undefined))
        .orderBy(asc(clients.id))
        .limit(BULK_PAGE);
      if (page.length === 0) return;
      for (const record of await loadRecords(database, viewer.practiceId, page)) {
        yield resourcesOf(record).map(line).join("");
      }
      after = page.at(-1)!.id;
    }
  })();
}
