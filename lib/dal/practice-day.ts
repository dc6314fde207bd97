import "server-only";
import { eq } from "drizzle-orm";
import { practices } from "@/db/schema";
import type { Db } from "@/db/client";
import { dayIn } from "@/lib/domain/days";

/** The practice's time zone and its calendar day now: visits, plans and pain logs live on it. */
export async function practiceDay(
  database: Pick<Db, "select">,
  practiceId: string,
  now = new Date(),
): Promise<{ timeZone: string; today: string }> {
  const [practice] = await database
    .select({ timeZone: practices.timeZone })
    .from(practices)
    .where(eq(practices.id, practiceId));
  const timeZone = practice?.timeZone ?? "UTC";
  return { timeZone, today: dayIn(timeZone, now) };
}
