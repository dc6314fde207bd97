import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { findings } from "@/db/schema";
import { saveFinding } from "@/lib/dal/findings";
import { createIntake } from "@/lib/dal/intakes";
import { createPractice, intakeInput, newClient, signInAs, testDb } from "../../support/fixtures";

/**
 * Six saves of one muscle's finding on an intake at once (a double-clicking therapist, a
 * retrying browser): each replaces the one before, all succeed, one finding remains. Without the
 * intake's row lock, five of six broke the unique index (muscle and side per visit) with a 500.
 */
it("six parallel saves of one muscle's finding on an intake all succeed and leave one finding", async () => {
  const here = await createPractice("Finding race");
  await signInAs(here.therapist);
  const intakeId = await createIntake(await newClient(), intakeInput());
  for (let round = 0; round < 5; round++) {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        saveFinding(
          { intakeId },
          { muscleId: "soleus", side: "left", tenderness: i, pointType: "active", reproducesPain: false, notes: null },
        ).catch((error: unknown) => ({ ok: false, error: String(error) })),
      ),
    );
    expect(results).toEqual(Array.from({ length: 6 }, () => ({ ok: true })));
  }
  const db = await testDb();
  const rows = await db
    .select({ id: findings.id })
    .from(findings)
    .where(and(eq(findings.intakeId, intakeId), eq(findings.muscleId, "soleus")));
  expect(rows).toHaveLength(1);
});
