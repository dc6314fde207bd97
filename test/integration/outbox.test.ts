import { beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/db/schema";
import { listOutbox } from "@/lib/dal/outbox";
import { createPractice, NOT_FOUND, signInAs, testDb } from "../support/fixtures";

/**
 * The outbox's links are keys to accounts and bookings: a practice admin sees them while an
 * email waits to be passed on; everyone else who may read the outbox sees them hidden, and once
 * an email is sent nobody does.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
const LINK = "https://unknot.example/invite/staff/AbCdEf0123456789";

beforeAll(async () => {
  here = await createPractice("Outbox");
  await signInAs(here.admin);
  const db = await testDb();
  await db.insert(outbox).values([
    {
      practiceId: here.practice.id,
      toAddress: "new@example.test",
      subject: "Join",
      body: `Open ${LINK} to join.`,
      status: "held",
    },
    {
      practiceId: here.practice.id,
      toAddress: "old@example.test",
      subject: "Joined",
      body: `Open ${LINK} to join.`,
      status: "sent",
    },
    {
      practiceId: here.practice.id,
      toAddress: "plain@example.test",
      subject: "Cancelled",
      body: "See you soon.",
      status: "held",
    },
  ]);
});

const bodies = async () =>
  Object.fromEntries((await listOutbox()).messages.map((m) => [m.to, { body: m.body, hidden: m.linksHidden }]));

describe("the outbox", () => {
  it("shows an admin the link of an email not yet sent, and hides a sent one's", async () => {
    await signInAs(here.admin);
    expect(await bodies()).toEqual({
      "new@example.test": { body: `Open ${LINK} to join.`, hidden: false },
      "old@example.test": { body: "Open [link hidden] to join.", hidden: true },
      "plain@example.test": { body: "See you soon.", hidden: false },
    });
  });

  it("hides every link from therapists and the front desk", async () => {
    for (const who of [here.therapist, here.frontDesk]) {
      await signInAs(who);
      const seen = await bodies();
      expect(seen["new@example.test"]).toEqual({ body: "Open [link hidden] to join.", hidden: true });
      expect(seen["old@example.test"]).toEqual({ body: "Open [link hidden] to join.", hidden: true });
      expect(JSON.stringify(seen)).not.toContain("AbCdEf0123456789");
    }
  });

  // Issue 12, finding 2: with a mail server the email is the recipient's; a link left readable in
  // the outbox would let staff claim any address they invite.
  it("hides every link, from admins too, when mail is really sent", async () => {
    const before = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    try {
      await signInAs(here.admin);
      const seen = await bodies();
      expect(seen["new@example.test"]).toEqual({ body: "Open [link hidden] to join.", hidden: true });
      expect(JSON.stringify(seen)).not.toContain("AbCdEf0123456789");
    } finally {
      if (before === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = before;
    }
  });

  it("is not for clients", async () => {
    await signInAs(here.clientA.login);
    await expect(listOutbox()).rejects.toThrow(NOT_FOUND);
  });
});
