// How often one IP may try to accept invitations.
import "server-only";
import { spend, exhausted, type LimitRule } from "./rate-limits";
import { requestIp } from "./request";

/**
 * Accepting an invitation is unauthenticated and, for a usable link, costs an argon2 hash
 * (19 MiB, ~100 ms). Each IP may try 20 acceptances an hour, client and staff links together,
 * whatever the link; past that it is refused for an hour before any lookup or hash (issue 12,
 * finding 7). A person accepts once; a household or a clinic's network has room to spare.
 */
export const ACCEPTANCES_PER_IP_HOUR = 20;

const ACCEPT: LimitRule = {
  keyPrefix: "invite_accept_ip",
  points: ACCEPTANCES_PER_IP_HOUR,
  duration: 3600,
  blockDuration: 3600,
};

/** Counts an acceptance attempt from the caller's IP; false once the IP has spent its hour. */
export async function acceptanceAllowed(): Promise<boolean> {
  const ip = await requestIp();
  if (await exhausted(ACCEPT, ip)) return false;
  await spend(ACCEPT, ip);
  return true;
}
