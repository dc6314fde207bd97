/**
 * The daily homework reminder, in the client's words: pure, so the job queues it and tests read
 * it. It names no exercise or condition (an email is not a private channel), only where to look.
 */
export interface ReminderFacts {
  givenName: string;
  practiceName: string;
  /** The portal's Today. */
  portalUrl: string;
  /** The signed link that turns these reminders off without signing in. */
  unsubscribeUrl: string;
}

export function homeworkReminderEmail(f: ReminderFacts) {
  return {
    subject: `Your home plan for today — ${f.practiceName}`,
    body: [
      `Hello ${f.givenName},`,
      "",
      "A reminder of today's home plan from your therapist. Open it here:",
      f.portalUrl,
      "",
      "Stop and contact your therapist if you feel tingling, numbness, or sharp or radiating pain.",
      "",
      "You asked for this reminder once a day. To stop it, use this link (no sign-in needed):",
      f.unsubscribeUrl,
      "You can also change the time or turn it off in the portal under Reminders.",
      "",
      f.practiceName,
    ].join("\n"),
  };
}
