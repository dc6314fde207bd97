import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "@/db/schema";
import { REFERENCE_VERSION } from "@/lib/domain/reference";
import { dayIn } from "@/lib/domain/days";
import { pngImage } from "../../support/images";

/** The world's object kinds of the clinical record, and the shapes every kind shares (support/world.ts). */
export type Tx = Parameters<Parameters<ReturnType<typeof drizzle<typeof schema>>["transaction"]>[0]>[0];

export interface WorldObject {
  id: string;
  secrets: string[];
  /** What a valid submission needs to know of the object (its therapist, its time, a practice's types). */
  data?: Record<string, string>;
  /** The row behind the object, which the matrix puts back as seeded after an action changed it. */
  row?: { table: string; id: string };
  /** Further rows an action on the object changes (a login it disables), put back the same way. */
  rows?: Array<{ table: string; id: string }>;
}

/** Where the seeded emails' links point, as the app writes them (support/world-staff.ts too). */
export const EMAIL_ORIGIN = `http://localhost:${process.env.SECURITY_PORT ?? 3201}`;

/** A practice of the world, with the online booking it offers (support/world-booking.ts). */
export interface SeededPractice {
  id: string;
  n: number;
  name: string;
  slug: string;
  /** Its admin, who sends its staff invitations. */
  adminId: string;
  /** Shown on its public pages only: a marker of its own. */
  address: string;
  consultationId: string;
  followUpId: string;
  /** The day (Europe/London) the seeded appointments are on: ten days ahead when the world was made. */
  bookingDay: string;
}

export interface SeededClient {
  clientId: string;
  loginEmail: string;
  therapistId: string;
  practiceId: string;
  practice: SeededPractice;
  /** 0, 1, 2 for clients A, B, C: keeps their appointments apart. */
  index: number;
}

export type Make = (
  tx: Tx,
  client: SeededClient,
  marker: string,
  made: Record<string, WorldObject>,
) => Promise<WorldObject>;

/**
 * Object kinds of the clinical record (and the client's logins). Each entry creates one object
 * of that kind for a seeded client, with its marker strings (the first one is shown by the
 * object's own page); `made` holds the client's objects of earlier kinds. Inserted as plain
 * rows, as the app's DAL would write them.
 */
export const CLINICAL_KINDS = {
  client: async (_tx, client, marker) => ({
    id: client.clientId,
    secrets: [marker, client.loginEmail],
    row: { table: "clients", id: client.clientId },
  }),
  /**
   * Another record of the practice under the same therapist (a family member, say) with a portal
   * login of its own that nobody signs in with: "Unlink portal login" takes it off the record and
   * disables it, and the matrix puts both rows back.
   */
  linkedClient: async (tx, client, marker) => {
    const secret = `${marker}linked`;
    const email = `${marker.replace(/^mk/, "ln")}@sec.unknot.test`;
    const [login] = await tx
      .insert(schema.users)
      .values({ practiceId: client.practiceId, email, displayName: `Linked ${secret}`, role: "client" })
      .returning();
    const [row] = await tx
      .insert(schema.clients)
      .values({
        practiceId: client.practiceId,
        givenName: "Linked",
        familyName: secret,
        email,
        primaryTherapistId: client.therapistId,
        userId: login!.id,
      })
      .returning();
    return {
      id: row!.id,
      secrets: [secret, email],
      row: { table: "clients", id: row!.id },
      rows: [{ table: "users", id: login!.id }],
    };
  },
  /** An episode of care, with one finding and one screen. */
  intake: async (tx, client, marker) => {
    const secret = `${marker}intake`;
    const [row] = await tx
      .insert(schema.intakes)
      .values({
        practiceId: client.practiceId,
        clientId: client.clientId,
        createdBy: client.therapistId,
        chiefComplaint: `${secret} behind the knee`,
        painSites: [{ site: "back of the knee", side: "left" }],
        painNow: 6,
        psfs: [{ activity: "stairs", score: 4 }],
        refVersion: REFERENCE_VERSION,
      })
      .returning();
    await tx.insert(schema.findings).values({
      practiceId: client.practiceId,
      clientId: client.clientId,
      intakeId: row!.id,
      muscleId: "popliteus",
      side: "left",
      tenderness: 7,
      pointType: "active",
      reproducesPain: true,
      notes: `${marker}finding`,
      recordedBy: client.therapistId,
    });
    return { id: row!.id, secrets: [secret, `${marker}finding`] };
  },
  /** A draft session note of that episode. */
  note: async (tx, client, marker, made) => {
    const secret = `${marker}note`;
    const [row] = await tx
      .insert(schema.sessionNotes)
      .values({
        practiceId: client.practiceId,
        clientId: client.clientId,
        intakeId: made.intake!.id,
        therapistId: client.therapistId,
        visitDate: "2026-01-15",
        subjective: secret,
      })
      .returning();
    return { id: row!.id, secrets: [secret] };
  },
  /** A signed (locked) session note: amendments only. */
  signedNote: async (tx, client, marker, made) => {
    const secret = `${marker}signed`;
    const [row] = await tx
      .insert(schema.sessionNotes)
      .values({
        practiceId: client.practiceId,
        clientId: client.clientId,
        intakeId: made.intake!.id,
        therapistId: client.therapistId,
        visitDate: "2026-01-08",
        subjective: secret,
        status: "signed",
        signedAt: new Date("2026-01-08T12:00:00Z"),
        signedBy: client.therapistId,
      })
      .returning();
    return { id: row!.id, secrets: [secret] };
  },
  /** An open stop-level flag (only a recorded clearance closes it), opened by a screen at the intake. */
  flag: async (tx, client, marker, made) => {
    const secret = `${marker}flag`;
    const [screen] = await tx
      .insert(schema.screenings)
      .values({
        practiceId: client.practiceId,
        clientId: client.clientId,
        intakeId: made.intake!.id,
        recordedBy: client.therapistId,
      })
      .returning();
    await tx.insert(schema.screeningAnswers).values({
      practiceId: client.practiceId,
      screeningId: screen!.id,
      contraindicationId: "suspected-dvt",
      answer: "yes",
      note: secret,
    });
    const [row] = await tx
      .insert(schema.flags)
      .values({
        practiceId: client.practiceId,
        clientId: client.clientId,
        contraindicationId: "suspected-dvt",
        openedBy: client.therapistId,
        openedByScreening: screen!.id,
        note: secret,
      })
      .returning();
    return { id: row!.id, secrets: [secret] };
  },
  /**
   * A practice's own library item (a plain stretch: no open flag blocks it), named with the
   * marker; the client's active plan holds it, so it is also the item their portal can mark.
   */
  libraryItem: async (tx, client, marker) => {
    const secret = `${marker}item`;
    const id = randomUUID();
    await tx.insert(schema.planItems).values({
      id,
      practiceId: client.practiceId,
      name: `${secret} stretch`,
      phase: "relax",
      kind: "stretch",
      targetMuscles: ["gastrocnemius"],
      steps: ["Stand facing a wall", "Lean in"],
      dosage: { holdSeconds: 30, timesPerDay: 3 },
      progressions: [],
      cautions: [],
      scopes: [],
      suggestFor: ["gastrocnemius"],
      createdBy: client.therapistId,
    });
    // Its uploaded picture carries the marker inside the file, so a served picture shows whose it is.
    const picture = pngImage(2, 2, { text: secret });
    await tx.insert(schema.planItemImages).values({
      itemId: id,
      practiceId: client.practiceId,
      contentType: "image/png",
      width: 2,
      height: 2,
      byteSize: picture.byteLength,
      alt: "Matrix picture",
      data: picture,
      uploadedBy: client.therapistId,
    });
    return { id, secrets: [secret] };
  },
  /**
   * An active home plan (version 1 published) whose one entry is the client's library item with
   * the marker as the therapist's note, and today's first four check-offs of it (tomorrow's too,
   * should the run cross midnight in the practice's time zone), so "undo" has something to undo.
   */
  plan: async (tx, client, marker, made) => {
    const secret = `${marker}plan`;
    const item = made.libraryItem!.id;
    const [plan] = await tx
      .insert(schema.plans)
      .values({
        practiceId: client.practiceId,
        clientId: client.clientId,
        intakeId: made.intake!.id,
        status: "active",
        publishedVersions: 1,
        createdBy: client.therapistId,
      })
      .returning();
    const dosage = { holdSeconds: 30, timesPerDay: 3 };
    await tx.insert(schema.planEntries).values({
      planId: plan!.id,
      key: randomUUID(),
      practiceId: client.practiceId,
      itemId: item,
      phase: "relax",
      position: 0,
      dosage,
      note: secret,
    });
    await tx.insert(schema.planVersions).values({
      practiceId: client.practiceId,
      planId: plan!.id,
      version: 1,
      publishedBy: client.therapistId,
      publishedAt: new Date(Date.now() - 86_400_000),
      entries: [
        {
          itemId: item,
          name: `${marker}item stretch`,
          phase: "relax",
          kind: "stretch",
          steps: ["Stand facing a wall", "Lean in"],
          dosage,
          dosageText: "Hold 30 seconds, 3 times a day",
          cautions: [],
          warnings: [],
          handsOn: false,
          note: secret,
        },
      ],
    });
    const today = dayIn("Europe/London", new Date());
    const tomorrow = dayIn("Europe/London", new Date(Date.now() + 86_400_000));
    for (const day of [today, tomorrow]) {
      for (const session of [1, 2, 3, 4]) {
        await tx.insert(schema.checkoffs).values({
          practiceId: client.practiceId,
          clientId: client.clientId,
          planId: plan!.id,
          itemId: item,
          day,
          session,
        });
      }
    }
    return { id: plan!.id, secrets: [secret] };
  },
  /** A second entry of that plan (a reference item), which the entry actions move, edit and remove. */
  planEntry: async (tx, client, marker, made) => {
    const key = randomUUID();
    await tx.insert(schema.planEntries).values({
      planId: made.plan!.id,
      key,
      practiceId: client.practiceId,
      itemId: "hamstring-stretch-chair",
      phase: "relax",
      position: 1,
      dosage: { holdSeconds: 20 },
      note: `${marker}entry`,
    });
    return { id: key, secrets: [`${marker}entry`] };
  },
  /** An open stop-symptom report from the client's portal. */
  symptomReport: async (tx, client, marker) => {
    const secret = `${marker}symptom`;
    const [row] = await tx
      .insert(schema.symptomReports)
      .values({ practiceId: client.practiceId, clientId: client.clientId, kind: "tingling", note: secret })
      .returning();
    return { id: row!.id, secrets: [secret] };
  },
  /**
   * A valid invitation link (the id is the token, as in the emailed link) with its email in the
   * outbox, sent to the record's address (a link to another address is revoked) and written as
   * the app writes it (only the practice's admin sees it there). Its page shows that address: the
   * link is a bearer token, and anyone holding it may open it.
   */
  invitation: async (tx, client, marker) => {
    const token = randomBytes(32).toString("base64url");
    const email = client.loginEmail;
    await invite(tx, client, token, email, { expiresAt: new Date(Date.now() + 72 * 3_600_000) });
    await tx.insert(schema.outbox).values({
      practiceId: client.practiceId,
      toAddress: email,
      subject: "Your home plan",
      body: `${marker}mail\n\nSet your password here:\n${EMAIL_ORIGIN}/invite/${token}\n`,
      status: "held",
    });
    return { id: token, secrets: [email, `${marker}mail`] };
  },
  /** Expired, to the record's address (a link to another address is revoked before it expires). */
  expiredInvitation: async (tx, client) => {
    const token = randomBytes(32).toString("base64url");
    await invite(tx, client, token, client.loginEmail, {
      expiresAt: new Date(Date.now() - 3_600_000),
    });
    return { id: token, secrets: [] };
  },
  /** A link revoked by a newer invitation, a changed email or staff. */
  revokedInvitation: async (tx, client) => {
    const token = randomBytes(32).toString("base64url");
    await invite(tx, client, token, client.loginEmail, {
      expiresAt: new Date(Date.now() + 72 * 3_600_000),
      revokedAt: new Date(),
    });
    return { id: token, secrets: [] };
  },
  /** An open invitation named by its row's id, as the client page binds it into "Revoke". */
  pendingInvitation: async (tx, client) => {
    const token = randomBytes(32).toString("base64url");
    const id = await invite(tx, client, token, client.loginEmail, { expiresAt: new Date(Date.now() + 72 * 3_600_000) });
    return { id, secrets: [], row: { table: "invitations", id } };
  },
  usedInvitation: async (tx, client, marker) => {
    const token = randomBytes(32).toString("base64url");
    await invite(tx, client, token, `${marker.replace(/^mk/, "us")}@sec.unknot.test`, {
      expiresAt: new Date(Date.now() + 3_600_000),
      usedAt: new Date(),
    });
    return { id: token, secrets: [] };
  },
  /** The practice the client's record is in: a client of several practices switches between them. */
  clientPractice: async (_tx, client) => ({ id: client.practiceId, secrets: [] }),
  /** A reference library item: the same for every practice, readable by all staff, read-only. */
  referenceItem: async () => ({ id: "calf-stretch", secrets: [] }),
} satisfies Record<string, Make>;

async function invite(
  tx: Tx,
  client: SeededClient,
  token: string,
  email: string,
  at: { expiresAt: Date; usedAt?: Date; revokedAt?: Date },
): Promise<string> {
  const [row] = await tx
    .insert(schema.invitations)
    .values({
      practiceId: client.practiceId,
      clientId: client.clientId,
      email,
      tokenHash: createHash("sha256").update(token).digest("hex"),
      expiresAt: at.expiresAt,
      usedAt: at.usedAt ?? null,
      revokedAt: at.revokedAt ?? null,
      createdBy: client.therapistId,
    })
    .returning({ id: schema.invitations.id });
  return row!.id;
}
