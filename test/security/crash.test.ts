import { Client } from "pg";
import { afterAll, expect, test } from "vitest";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import { builtActionIds } from "./support/discover";
import { Agent, formOf, type Reply } from "./support/http";
import { createDatabase, dropDatabase, withClient } from "./support/pg";
import { startServer, type RunningServer } from "./support/server";
import { migrateAndSeed, PASSWORD, type World } from "./support/world";
import { INVARIANTS, SEEDED } from "./support/crash-invariants";

const PORT = Number(process.env.SECURITY_CRASH_PORT ?? 3203);
let databaseUrl = "";
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

interface Counts {
  signIns: number;
  signOuts: number;
  edits: number;
  publishes: number;
  screens: number;
  /** Replies carrying a server error (a thrown action): none is expected while the server lives. */
  errors: string[];
  /** Versions the server answered as published: they must survive the crash. */
  published: Array<{ planId: string; version: number }>;
}
const newCounts = (): Counts => ({
  signIns: 0,
  signOuts: 0,
  edits: 0,
  publishes: 0,
  screens: 0,
  errors: [],
  published: [],
});
const clinicalWrites = (c: Pick<Counts, "edits" | "publishes" | "screens">) => c.edits + c.publishes + c.screens;

const ids = builtActionIds(".");
function actionId(file: string, name: string): string {
  const id = ids.get(`action ${file}#${name}`);
  if (!id) throw new Error(`no built action ${file}#${name}: rebuild (npm run build)`);
  return id;
}
const PLANS = "app/(clinician)/clients/[id]/plans/actions.ts";
const ACTIONS = {
  signOut: actionId("app/(auth)/sign-out-action.ts", "signOutAction"),
  addItem: actionId(PLANS, "addItemAction"),
  removeItem: actionId(PLANS, "removeItemAction"),
  publish: actionId(PLANS, "publishPlanAction"),
  screen: actionId("app/(clinician)/clients/[id]/intakes/actions.ts", "recordIntakeScreenAction"),
  clearance: actionId("app/(clinician)/clients/[id]/flags/actions.ts", "recordClearanceAction"),
};

/** A successful action reply: 200 without a serialised server error. */
function completed(reply: Reply, counts: Counts, what: string): boolean {
  if (/:E\{"digest":"\d+"/.test(reply.body) || reply.status >= 500) {
    counts.errors.push(`${what}: ${reply.status} ${reply.body.slice(0, 200)}`);
    return false;
  }
  return reply.status === 200;
}

/** Every question answered "no", except varicose veins (a caution: it never blocks publishing). */
function screenForm(varicose: "yes" | "no"): FormData {
  const fields = Object.fromEntries(
    CONTRAINDICATIONS.map((c) => [`answers.${c.id}.answer`, c.id === "varicose-veins" ? varicose : "no"]),
  );
  return formOf({ ...fields, "answers.varicose-veins.note": `crash ${varicose}` });
}

/** Sign in, look at the client list, sign out half the time: three kinds of write per loop. */
async function authWriter(baseURL: string, world: World, n: number, stop: { now: boolean }, done: Counts) {
  const emails = [world.accounts.admin.email, world.accounts.therapist.email, world.accounts.client.email];
  for (let i = 0; !stop.now; i++) {
    try {
      const agent = new Agent(baseURL, `192.0.2.${n}`);
      if (!(await agent.signIn(emails[(n + i) % emails.length]!, PASSWORD))) continue;
      done.signIns++;
      if (i % 2 === 0) {
        await agent.callAction(ACTIONS.signOut, [formOf({})], { path: "/clients" });
        done.signOuts++;
      }
    } catch {
      // the server was killed mid-request: expected
    }
  }
}

interface Target {
  planId: string;
  intakeId: string;
}

/**
 * A clinician at work on one client, signed in once: add an item to the plan, publish, screen
 * (opening a varicose-veins caution), remove the item, publish, screen again (resolving it).
 * Two clinicians share each client, so publications of one plan and screens of one client race.
 */
async function clinician(
  baseURL: string,
  db: Client,
  email: string,
  n: number,
  target: Target,
  itemId: string,
  stop: { now: boolean },
  done: Counts,
) {
  const agent = new Agent(baseURL, `192.0.2.${n}`);
  let signedIn = false;
  const { planId, intakeId } = target;
  const publish = async () => {
    const reply = await agent.callAction(ACTIONS.publish, [planId, {}, formOf({})], { path: "/clients" });
    const version = /Version (\d+) published/.exec(reply.body);
    if (completed(reply, done, "publish") && version) {
      done.publishes++;
      done.published.push({ planId, version: Number(version[1]) });
    }
  };
  const screen = async (varicose: "yes" | "no") => {
    const reply = await agent.callAction(ACTIONS.screen, [intakeId, {}, screenForm(varicose)], { path: "/clients" });
    if (completed(reply, done, "screen") && reply.body.includes('"ok":true')) done.screens++;
  };
  const steps = [
    async () => {
      const reply = await agent.callAction(ACTIONS.addItem, [planId, {}, formOf({ itemId })], { path: "/clients" });
      if (completed(reply, done, "add") && reply.body.includes('"ok":true')) done.edits++;
    },
    publish,
    // Screens are sent twice at once (a double click): both must be whole, and one flag opens.
    () => Promise.all([screen("yes"), screen("yes")]),
    async () => {
      const { rows } = await db.query<{ key: string }>(
        "select key from plan_entries where plan_id = $1 and item_id = $2",
        [planId, itemId],
      );
      if (!rows[0]) return;
      const reply = await agent.callAction(ACTIONS.removeItem, [planId, rows[0].key, formOf({})], { path: "/clients" });
      if (completed(reply, done, "remove")) done.edits++;
    },
    publish,
    () => Promise.all([screen("no"), screen("no")]),
  ];
  for (let i = 0; !stop.now; i++) {
    try {
      if (!signedIn) {
        signedIn = await agent.signIn(email, PASSWORD);
        if (!signedIn) continue;
        done.signIns++;
      }
      await steps[i % steps.length]!();
    } catch {
      // the server was killed mid-request: expected
    }
  }
}

/** Minimum writes completed before the kill, so the check cannot pass on an idle database. */
const BEFORE_KILL = { signIns: 10, publishes: 12, screens: 12 };

test("kill -9 during a burst of writes leaves every invariant holding, and the server restarts", async () => {
  databaseUrl = await createDatabase("crash");
  const world = await migrateAndSeed(databaseUrl);
  await withClient(databaseUrl, async (c) => {
    await c.query("create schema crash_baseline");
    await c.query(`create table crash_baseline.seeded as
      select 'plan_version' as kind, id from plan_versions union all select 'screening', id from screenings`);
  });
  server = await startServer({ port: PORT, databaseUrl });

  // The seeded clients have an open suspected-DVT flag, which blocks publishing: the therapist
  // records its clearance first (over HTTP too), for the three clients of practice 1.
  const targets = [
    { plan: world.objects.plan!.own, intake: world.objects.intake!.own, flag: world.objects.flag!.own },
    {
      plan: world.objects.plan!.samePractice,
      intake: world.objects.intake!.samePractice,
      flag: world.objects.flag!.samePractice,
    },
    { plan: world.corpusObjects.plan!, intake: world.corpusObjects.intake!, flag: world.corpusObjects.flag! },
  ];
  const setup = new Agent(server.baseURL, "192.0.2.100");
  expect(await setup.signIn(world.accounts.therapist.email, PASSWORD)).toBe(true);
  for (const { flag } of targets) {
    const form = formOf({
      clearedBy: "Dr Crash",
      clearedOn: new Date().toISOString().slice(0, 10),
      clearanceNote: "crash test",
    });
    const reply = await setup.callAction(ACTIONS.clearance, [flag.id, {}, form], { path: "/clients" });
    expect(reply.body).toContain("Clearance recorded");
  }

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const stop = { now: false };
    const done = newCounts();
    const baseURL = server.baseURL;
    const staff = [
      { email: world.accounts.therapist.email, itemId: "single-leg-stance" },
      { email: world.accounts.admin.email, itemId: "straight-leg-raise" },
    ];
    const writers = [
      ...targets.flatMap((t, i) =>
        staff.map((s, j) =>
          clinician(
            baseURL,
            db,
            s.email,
            10 + 2 * i + j,
            { planId: t.plan.id, intakeId: t.intake.id },
            s.itemId,
            stop,
            done,
          ),
        ),
      ),
      authWriter(baseURL, world, 1, stop, done),
      authWriter(baseURL, world, 2, stop, done),
    ];
    const enough = () => Object.entries(BEFORE_KILL).every(([k, min]) => done[k as keyof typeof BEFORE_KILL] >= min);
    const deadline = Date.now() + 40_000;
    while (!enough() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const killed = { ...done, published: done.published.length, errors: done.errors.length };
    server.process.kill("SIGKILL");
    await new Promise((r) => server!.process.once("exit", r));
    stop.now = true;
    await Promise.all(writers);
    expect(done.errors, "server errors while the server was alive").toEqual([]);
    for (const [k, min] of Object.entries(BEFORE_KILL))
      expect(killed[k as keyof typeof BEFORE_KILL], `${k} before the kill`).toBeGreaterThanOrEqual(min);

    // Restart on the same database: migrations run again and change nothing, the app serves.
    server = await startServer({ port: PORT, databaseUrl });
    expect(await new Agent(server.baseURL).signIn(world.accounts.therapist.email, PASSWORD)).toBe(true);

    const broken: Record<string, unknown[]> = {};
    for (const [name, query] of Object.entries(INVARIANTS)) {
      const { rows } = await db.query(query);
      if (rows.length) broken[name] = rows;
    }
    // Durability: whatever the server answered as done before the kill is in the database.
    const lost = [];
    for (const { planId, version } of done.published) {
      const { rows } = await db.query("select 1 from plan_versions where plan_id = $1 and version = $2", [
        planId,
        version,
      ]);
      if (!rows.length) lost.push({ planId, version });
    }
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
    const sessions = await count("select count(*) as n from sessions");
    const versions = await count(`select count(*) as n from plan_versions where id not in ${SEEDED("plan_version")}`);
    const screens = await count(`select count(*) as n from screenings where id not in ${SEEDED("screening")}`);
    const flags = await count(
      `select count(*) as n from flags where opened_by_screening not in ${SEEDED("screening")}`,
    );
    console.log(
      `crash: killed -9 after ${killed.signIns + killed.signOuts + clinicalWrites(killed)} completed writes ` +
        `(${killed.signIns} sign-ins, ${killed.signOuts} sign-outs, ${killed.edits} plan edits, ${killed.publishes} publications, ${killed.screens} screens); ` +
        `after restart ${sessions} sessions, ${versions} published versions, ${screens} screens, ${flags} flags opened by them; ` +
        `${Object.keys(INVARIANTS).length} invariants checked, ${Object.keys(broken).length} broken`,
    );
    expect(broken).toEqual({});
    expect(lost, "publications acknowledged before the kill").toEqual([]);
    expect(versions).toBeGreaterThanOrEqual(killed.publishes);
    expect(screens).toBeGreaterThanOrEqual(killed.screens);
    expect(sessions).toBeGreaterThan(10);
  } finally {
    await db.end();
  }
}, 120_000);
