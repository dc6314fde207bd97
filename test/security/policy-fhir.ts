import type { PolicyRule } from "./policy-types";
import { CLINICAL, onlyFor, STAFF } from "./policy-forms";

/**
 * Policy rows for the FHIR export (issue 15, part 5). One client's $everything is the clinical
 * record: the client's clinicians only, like the chart (the front desk and the client get
 * not-found, as does another practice's id). The bulk NDJSON is every client's record at once:
 * the practice's admin only, like the audit log's export.
 */
export const fhirPolicy: Record<string, PolicyRule> = {
  "GET /api/fhir/Patient/[id]/$everything": {
    kind: "route",
    params: { id: "client" },
    requests: [],
    ...CLINICAL,
    audit: "client.export",
  },
  "GET /api/fhir/$export": {
    kind: "route",
    requests: [{ path: "/api/fhir/$export" }],
    sees: { admin: STAFF },
    answers: onlyFor("admin"),
    audit: "practice.export",
  },
};
