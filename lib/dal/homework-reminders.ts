// The client's daily homework reminder: chosen in the portal, turned off there or from the email.
import "server-only";
import { and, eq } from "drizzle-orm";
import { clients, homeworkReminders, practices } from "@/db/schema";
import { nextReminderAt } from "@/lib/domain/homework-reminders";
import { readReminderUnsubscribeToken } from "@/lib/portal/reminder-link";
import { linkSecret } from "./internal/appointments";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { portalViewer } from "./internal/guard";
import { loadReminder } from "./internal/homework-reminders";

export interface MyReminder {
  /** "HH:MM" on the practice's clock, or null when none was ever chosen. */
  time: string | null;
  enabled: boolean;
  timeZone: string;
}

/** The portal's Reminders page: the client's own reminder. */
export async function getMyReminder(): Promise<MyReminder> {
  const viewer = await portalViewer("portal.reminders");
  const database = await db();
  const row = await loadReminder(database, viewer.practiceId, viewer.clientId);
  await audit(database, viewer, {
    action: "portal.reminders",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
  });
  return { time: row?.time ?? null, enabled: row?.enabled ?? false, timeZone: viewer.timeZone };
}

/** Turns the reminder on at `time` (the practice's clock): the next one is the next time the clock shows it. */
export async function setMyReminder(time: string): Promise<void> {
  const viewer = await portalViewer("portal.reminders");
  const database = await db();
  const nextDueAt = nextReminderAt(time, viewer.timeZone, new Date());
  await database.transaction(async (tx) => {
    await tx
      .insert(homeworkReminders)
      .values({ clientId: viewer.clientId, practiceId: viewer.practiceId, time, enabled: true, nextDueAt })
      .onConflictDoUpdate({
        target: homeworkReminders.clientId,
        set: { time, enabled: true, nextDueAt, updatedAt: new Date() },
      });
    await audit(tx, viewer, {
      action: "portal.reminders",
      objectType: "client",
      objectId: viewer.clientId,
      outcome: "allowed",
      detail: { on: time },
    });
  });
}

/** Turns the reminder off from the portal. */
export async function stopMyReminder(): Promise<void> {
  const viewer = await portalViewer("portal.reminders");
  const database = await db();
  await database.transaction(async (tx) => {
    await tx
      .update(homeworkReminders)
      .set({ enabled: false, nextDueAt: null, updatedAt: new Date() })
      .where(and(eq(homeworkReminders.clientId, viewer.clientId), eq(homeworkReminders.practiceId, viewer.practiceId)));
    await audit(tx, viewer, {
      action: "portal.reminders",
      objectType: "client",
      objectId: viewer.clientId,
      outcome: "allowed",
      detail: { off: "portal" },
    });
  });
}

/**
 * What the emailed unsubscribe link's page shows: the practice, and whether reminders are on.
 * Null for a link that is not genuine.
 */
export async function getUnsubscribeLink(token: string): Promise<{ practiceName: string; enabled: boolean } | null> {
  const clientId = readReminderUnsubscribeToken(String(token), linkSecret());
  if (!clientId) return null;
  const database = await db();
  const [row] = await database
    .select({ practiceName: practices.name, enabled: homeworkReminders.enabled })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .leftJoin(homeworkReminders, eq(homeworkReminders.clientId, clients.id))
    .where(eq(clients.id, clientId));
  return row ? { practiceName: row.practiceName, enabled: row.enabled ?? false } : null;
}

/**
 * The emailed link's button: turns the client's reminders off with no sign-in (the signed link
 * is the key), audited for the client's practice. Null for a link that is not genuine.
 */
export async function unsubscribeByLink(token: string): Promise<{ practiceName: string } | null> {
  const clientId = readReminderUnsubscribeToken(String(token), linkSecret());
  if (!clientId) return null;
  const database = await db();
  return database.transaction(async (tx) => {
    const [client] = await tx
      .select({ practiceId: clients.practiceId, practiceName: practices.name })
      .from(clients)
      .innerJoin(practices, eq(practices.id, clients.practiceId))
      .where(eq(clients.id, clientId));
    if (!client) return null;
    await tx
      .update(homeworkReminders)
      .set({ enabled: false, nextDueAt: null, updatedAt: new Date() })
      .where(and(eq(homeworkReminders.clientId, clientId), eq(homeworkReminders.practiceId, client.practiceId)));
    await audit(
      tx,
      { userId: null, role: "link", practiceId: client.practiceId },
      { action: "reminder.unsubscribe", objectType: "client", objectId: clientId, outcome: "allowed" },
    );
    return { practiceName: client.practiceName };
  });
}
