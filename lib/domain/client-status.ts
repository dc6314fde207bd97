// A client's place in the practice: a prospect (booked online, not yet seen), active (in care),
// or discharged (care ended). DOMAIN.md's outcome measures are collected "at intake, every few
// weeks, and at discharge": discharge is a deliberate step a clinician takes, and a new intake
// opens a new episode of care, so it makes the client active again.

export const CLIENT_STATUSES = ["prospect", "active", "discharged"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export type StatusChange = "discharge" | "reactivate";

/** The status a change leads to, or null when it makes no sense from where the client is. */
export function statusAfter(current: ClientStatus, change: StatusChange): ClientStatus | null {
  if (change === "discharge") return current === "discharged" ? null : "discharged";
  return current === "discharged" ? "active" : null;
}

/** Recording an intake starts (or restarts) care: the client becomes active; null when they already are. */
export function statusOnIntake(current: ClientStatus): ClientStatus | null {
  return current === "active" ? null : "active";
}
