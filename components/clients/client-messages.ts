/** What staff read when the record refuses a change to a client (codes from lib/dal). */
export const INVITE_MESSAGES = {
  "invite.no-email": "Add the client's email address to their details first.",
  "invite.has-login": "This client already has a portal login.",
  "invite.email-taken": "That email address already belongs to a login; use another address for this client.",
} as const;

export const UNKNOWN_THERAPIST = { primaryTherapistId: "Choose a therapist from the list." };
