import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The unsubscribe link in a homework reminder: the client's id signed with the server's secret,
 * so it works without signing in, cannot be guessed or made for another client, and needs
 * nothing stored. It keeps working (turning reminders off is always safe to repeat).
 */
const sign = (clientId: string, secret: string) =>
  createHmac("sha256", `unknot-reminder-unsubscribe:${secret}`).update(clientId).digest("base64url");

export function reminderUnsubscribeToken(clientId: string, secret: string): string {
  return `${clientId}.${sign(clientId, secret)}`;
}

/** The client id of a genuine token; null for anything else. */
export function readReminderUnsubscribeToken(token: string, secret: string): string | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, clientId, signature] = match;
  const expected = Buffer.from(sign(clientId!, secret));
  const given = Buffer.from(signature!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? clientId! : null;
}
