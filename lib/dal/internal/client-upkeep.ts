// Keeping the client table's figures current: next appointments that have passed, and each
// client's 30-day adherence (the job runner calls these every minute).
import "server-only";
import { and, eq, isNotNull, lte, sql } from "drizzle-orm";
import { clients } from "@/db/schema";
import type { Db } from "@/db/client";
import { dayIn } from "@/lib/domain/days";
import { loadProgress } from "./progress";

/** A client's next appointment once it has started is no longer next: the one after it is. */
export async function clearPassedAppointments(database: Db, now: Date): Promise<number> {
  const updated = await database
    .update(clients)
    .set({
      nextAppointmentAt: sql`(select min(a.starts_at) from appointments a where a.practice_id = ${clients.practiceId}
        and a.client_id = ${clients.id} and a.status = 'booked' and a.starts_at > ${now})`,
    })
    .where(and(isNotNull(clients.nextAppointmentAt), lte(clients.nextAppointmentAt, now)))
    .returning({ id: clients.id });
  return updated.length;
}

/**
 * Recomputes the 30-day and 7-day adherence of up to `limit` clients whose figure is from an earlier
 * practice day (or was marked stale by a check-off or a publication), with lib/domain's rule,
 * and clears it where there is no active plan any more. Clients are claimed by stamping today
 * first (SKIP LOCKED), so servers running this at once split the work; one that stops half-way
 * leaves a figure a day old at worst.
 */
export async function refreshAdherence(database: Db, now: Date, limit = 100): Promise<number> {
  const claimed = await database.execute<{ id: string; practice_id: string; time_zone: string }>(sql`
    update clients c set adherence_on = (${now}::timestamptz at time zone p.time_zone)::date
    from practices p
    where p.id = c.practice_id and c.id in (
      select c2.id from clients c2 join practices p2 on p2.id = c2.practice_id
      where (c2.adherence_on is null or c2.adherence_on < (${now}::timestamptz at time zone p2.time_zone)::date)
        and (c2.adherence_30d is not null or exists (
          select 1 from plans pl where pl.practice_id = c2.practice_id and pl.client_id = c2.id and pl.status = 'active'))
      limit ${limit}
      for update of c2 skip locked)
    returning c.id, c.practice_id, p.time_zone`);
  const rows = (claimed as unknown as { rows: { id: string; practice_id: string; time_zone: string }[] }).rows;
  for (const row of rows) {
    const progress = await loadProgress(database, {
      practiceId: row.practice_id,
      clientId: row.id,
      timeZone: row.time_zone,
      today: dayIn(row.time_zone, now),
    });
    const percent = (ratio: number | null | undefined) =>
      ratio === null || ratio === undefined ? null : Math.round(ratio * 100);
    await database
      .update(clients)
      .set({
        adherence30d: percent(progress.adherence?.last30.ratio),
        adherence7d: percent(progress.adherence?.last7.ratio),
      })
      .where(eq(clients.id, row.id));
  }
  return rows.length;
}

/** Marks a client's adherence stale after a check-off or a new plan version: the next run recomputes it. */
export async function adherenceChanged(tx: Pick<Db, "update">, clientId: string): Promise<void> {
  await tx.update(clients).set({ adherenceOn: null }).where(eq(clients.id, clientId));
}
