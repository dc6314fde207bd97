import type { ClientStatus } from "@/lib/domain/client-status";

/** What staff read when the record refuses a change to a client (codes from lib/dal). */
export const INVITE_MESSAGES = {
  "invite.no-email": "Add the client's email address to their details first.",
  "invite.has-login": "This client already has a portal login.",
} as const;

/** The client page's portal access: revoking an invitation link, unlinking a portal login. */
export const PORTAL_ACCESS_MESSAGES = {
  revoked: "Invitation revoked: its link no longer works.",
  unlinked: "Portal login unlinked: its sessions have ended and it can no longer reach this record.",
  "invitation.closed": "This invitation was already used, revoked or replaced by a newer one.",
  "login.not-linked": "This client has no portal login to unlink.",
} as const;

export const UNKNOWN_THERAPIST = { primaryTherapistId: "Choose a therapist from the list." };

/** A client's status as staff read it, in the table, its filter and the record. */
export const STATUS_NAMES: Record<ClientStatus, string> = {
  prospect: "Prospect",
  active: "Active",
  discharged: "Discharged",
};

/** What staff read after discharging or reactivating a client (codes from lib/dal). */
export const STATUS_MESSAGES = {
  discharged: "Discharged. Their portal and upcoming appointments stay as they are.",
  active: "Reactivated: the client is in care again.",
  "client.status-unchanged": "The client's status had already changed; the page now shows it as it is.",
} as const;
