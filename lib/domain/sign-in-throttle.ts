// How failed sign-ins slow and refuse further attempts: the numbers and the reasons.

/**
 * After the OWASP Authentication Cheat Sheet, "Account Lockout"
 * (https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#account-lockout):
 * count failures against the account, not only the source IP (else many IPs guess freely);
 * choose a threshold, an observation window and a duration; prefer an exponential delay that
 * starts at a second and doubles over a fixed lockout; and take care that the lockout cannot be
 * used to deny the owner their own account. Also OWASP ASVS 5.0 V6.3.1.
 *
 * 1. Account × source: 10 consecutive failures from one IP on one account refuse that IP on that
 *    account for 15 minutes (a success from it ends the streak). Other sources, the owner's among
 *    them, are not affected, so a script can no longer lock anyone out.
 * 2. Account, all sources together: a ceiling that slows, never locks. Past 20 failures within an
 *    hour the account checks one password per interval: 1 s at first, doubling with each further
 *    failure, at most 60 s; attempts inside the interval are refused without checking the
 *    password. A guesser spread over many IPs is held to about one guess a minute; the owner
 *    waits a minute at most, and not at all from a source that signed in to the account in the
 *    last 30 days (OWASP's "device cookie" idea, with the source standing for the device).
 * 3. Per IP, whatever the account: 100 failures an hour, then the IP is refused for an hour,
 *    which stops one source spraying many accounts.
 *
 * Unknown emails are counted exactly like known ones, so no answer tells whether an email exists.
 */
export const SOURCE_FAILURES_BEFORE_LOCK = 10;
export const SOURCE_LOCK_S = 15 * 60;
export const ACCOUNT_CEILING = 20;
export const ACCOUNT_WINDOW_S = 3600;
export const SLOW_INTERVAL_MAX_S = 60;
export const KNOWN_SOURCE_DAYS = 30;
export const IP_FAILURES_PER_HOUR = 100;
export const IP_LOCK_S = 3600;

/** Seconds between checked passwords on an account with `failures` failures in the window (0: no limit). */
export function slowIntervalSeconds(failures: number): number {
  if (failures < ACCOUNT_CEILING) return 0;
  return Math.min(2 ** Math.min(failures - ACCOUNT_CEILING, 16), SLOW_INTERVAL_MAX_S);
}
