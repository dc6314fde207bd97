import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The link in a booking's emails that lets the person who booked reschedule or cancel without
 * an account: signed with the server's secret, bound to the appointment's current revision
 * (a reschedule or cancellation makes every earlier link stale) and expiring when the
 * appointment starts. Nothing is stored: the signature is the proof.
 */
export interface ManageClaims {
  appointmentId: string;
  /** The appointment's revision when the link was made (appointments.sequence). */
  sequence: number;
  expiresAt: Date;
}

const sign = (payload: string, secret: string) =>
  createHmac("sha256", `unknot-manage-link:${secret}`).update(payload).digest("base64url");

export function manageToken(claims: ManageClaims, secret: string): string {
  const payload = `${claims.appointmentId}.${claims.sequence}.${Math.floor(claims.expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The claims of a genuine, unexpired token; null for anything else. */
export function readManageToken(token: string, secret: string, now: Date): ManageClaims | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, appointmentId, sequence, expires, signature] = match;
  const expected = Buffer.from(sign(`${appointmentId}.${sequence}.${expires}`, secret));
  const given = Buffer.from(signature!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const expiresAt = new Date(Number(expires) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { appointmentId: appointmentId!, sequence: Number(sequence), expiresAt };
}
