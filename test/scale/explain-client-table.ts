// npm run explain:clients — on a database filled by `npm run seed:large` (DATABASE_URL), runs
// the client table's queries for the largest practice under EXPLAIN (ANALYZE) and checks that
// each reads the clients table through an index, never a sequential scan: the first page, a name
// search, the sort by last visit, the open-stop-flag filter, a deep page and the adherence filter.
// Prints each plan's shape and time; exits non-zero when a query is not index-backed.
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "@/db/schema";
import { clients, flags, plans } from "@/db/schema";
import {
  cursorOf,
  FAMILY_KEY,
  filterCondition,
  GIVEN_KEY,
  ordering,
  STOP_FLAGS,
} from "@/lib/dal/internal/client-table";
import { dayIn } from "@/lib/domain/days";
import { clientTableQuery, type ClientTableQuery } from "@/lib/validation/client-table";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a database filled by npm run seed:large.");
  const pool = new Pool({ connectionString: url });
  const db = drizzle(pool, { schema });
  const [largest] = await db
    .select({ practiceId: clients.practiceId, n: count() })
    .from(clients)
    .groupBy(clients.practiceId)
    .orderBy(desc(count()))
    .limit(1);
  if (!largest) throw new Error("No clients: run npm run seed:large first.");
  const today = dayIn("Europe/London", new Date());
  const columns = {
    id: clients.id,
    familyKey: FAMILY_KEY,
    givenKey: GIVEN_KEY,
    lastVisitOn: clients.lastVisitOn,
    nextAppointmentAt: clients.nextAppointmentAt,
    adherence30d: clients.adherence30d,
  };
  const page = (query: ClientTableQuery, cursor?: ReturnType<typeof cursorOf>) => {
    const sort = query.sort ?? "name";
    const dir = query.dir ?? (sort === "lastVisit" ? "desc" : "asc");
    const { orderBy, after } = ordering(sort, dir, cursor ?? null, false);
    return db
      .select(columns)
      .from(clients)
      .where(and(filterCondition(largest.practiceId, query, today), after))
      .orderBy(orderBy)
      .limit(26);
  };
  // A deep page: the cursor of a row four fifths of the way through the practice by name.
  const [deepRow] = await db
    .select(columns)
    .from(clients)
    .where(eq(clients.practiceId, largest.practiceId))
    .orderBy(FAMILY_KEY, GIVEN_KEY, clients.id)
    .offset(Math.floor(largest.n * 0.8))
    .limit(1);
  const cases: [string, ClientTableQuery, ReturnType<typeof cursorOf>?][] = [
    ["first page (by name)", {}],
    ["name search 'ma'", { q: "ma" }],
    ["name search with no match 'qxz'", { q: "qxz" }],
    ["email search 'zoe.ang'", { q: "zoe.ang" }],
    ["sort by last visit", { sort: "lastVisit" }],
    ["open stop-flag filter", { flag: "open" }],
    ["deep page (80% through, by name)", {}, cursorOf("name", deepRow!)],
    ["adherence below 50%", { adherence: "below-50", sort: "adherence" }],
  ];
  let failed = 0;
  console.log(`Practice ${largest.practiceId}: ${largest.n} clients`);
  const firstPage = await page({});
  // What each row of a page shows besides its own columns, read for those 25 rows only.
  const ids = firstPage.map((r) => r.id);
  const pageFlags = db
    .selectDistinct({ clientId: flags.clientId })
    .from(flags)
    .where(
      and(
        eq(flags.practiceId, largest.practiceId),
        inArray(flags.clientId, ids),
        eq(flags.status, "open"),
        inArray(flags.contraindicationId, STOP_FLAGS),
      ),
    );
  const pagePlans = db
    .selectDistinct({ clientId: plans.clientId })
    .from(plans)
    .where(and(eq(plans.practiceId, largest.practiceId), inArray(plans.clientId, ids), eq(plans.status, "active")));
  const statements: [string, { toSQL(): { sql: string; params: unknown[] } }][] = [
    ...cases.map(([label, query, cursor]) => {
      clientTableQuery.parse(query);
      return [label, page(query, cursor)] as [string, { toSQL(): { sql: string; params: unknown[] } }];
    }),
    ["a page's open stop flags", pageFlags],
    ["a page's active plans", pagePlans],
  ];
  for (const [label, statement] of statements) {
    const built = statement.toSQL();
    const explained = await pool.query(`explain (analyze, format json) ${built.sql}`, built.params);
    const plan = (explained.rows[0]["QUERY PLAN"] as [{ Plan: PlanNode; "Execution Time": number }])[0];
    const all = walk(plan.Plan);
    const nodes = all.filter((n) => n["Relation Name"] === "clients");
    // No table of the practice is read whole: clients, flags and plans all through indexes.
    const seq = all.some(
      (n) => n["Node Type"] === "Seq Scan" && ["clients", "flags", "plans"].includes(n["Relation Name"] ?? ""),
    );
    const indexes = nodes.map((n) => `${n["Node Type"]}${n["Index Name"] ? ` on ${n["Index Name"]}` : ""}`);
    if (seq) failed++;
    const others = all
      .filter((n) => n["Relation Name"] === "flags" || n["Relation Name"] === "plans")
      .map((n) => `${n["Relation Name"]} by ${n["Node Type"]}${n["Index Name"] ? ` on ${n["Index Name"]}` : ""}`);
    console.log(
      `${seq ? "FAIL" : "ok  "} ${label}: ${plan["Execution Time"].toFixed(2)} ms — clients read by ${indexes.join(", ") || "nothing"}${others.length ? `; ${others.join(", ")}` : ""}`,
    );
  }
  await pool.end();
  if (failed > 0) {
    console.error(`${failed} of ${statements.length} queries read the clients table without an index.`);
    process.exitCode = 1;
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
