// Accepting a portal invitation by signing in: the address already has a client login (a client
// of another practice), so its owner proves it with their password instead of choosing one, and
// the invitation's record is linked to that login (issue 12, finding 2).
import "server-only";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { completeAcceptance, lockLink, peekLink, type ClosedState } from "./internal/client-invitations";
import { db } from "./internal/database";
import { acceptanceAllowed } from "./internal/invitation-limiter";
import { clientLoginFor } from "./internal/logins";
import { requestIp } from "./internal/request";
import { checkCredentials, openSession } from "./internal/sign-in-steps";

export type SignInAcceptResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; state: ClosedState | "taken" | "limited" | "set-password" | "invalid-password" | "locked" | "slowed" };

/**
 * Checks the password of the login at the address the link was sent to (under the sign-in
 * throttle, as the sign-in form does), then, under the client's, the link's and the login's row
 * locks, links the record to the login, uses the link and opens a session in the inviting
 * practice. `previous` is the session the browser held: it ends, as at any sign-in.
 */
export async function acceptInvitationBySignIn(
  token: string,
  password: string,
  previous?: SessionClaims | null,
): Promise<SignInAcceptResult> {
  const database = await db();
  if (!(await acceptanceAllowed())) return { ok: false, state: "limited" };
  const seen = await peekLink(database, token);
  if (!seen.ok) return seen;
  const ip = await requestIp();
  const checked = await checkCredentials(database, seen.invitation.email, password, ip);
  if (!checked.ok) return { ok: false, state: checked.reason === "invalid" ? "invalid-password" : checked.reason };
  return database.transaction(async (tx): Promise<SignInAcceptResult> => {
    const locked = await lockLink(tx, seen.invitation);
    if (!locked.ok) return locked;
    const { invitation, client } = locked;
    const login = await clientLoginFor(tx, invitation.practiceId, client.id, invitation.email, true);
    if (login.kind === "none" || login.kind === "unlinked") return { ok: false, state: "set-password" };
    if (login.kind === "taken" || login.id !== checked.user.id) return { ok: false, state: "taken" };
    if (client.userId && client.userId !== login.id) return { ok: false, state: "taken" };
    await completeAcceptance(tx, invitation, login.id, { bySignIn: true });
    const claims = await openSession(tx, checked.user, invitation.practiceId, ip, previous);
    return { ok: true, claims };
  });
}
