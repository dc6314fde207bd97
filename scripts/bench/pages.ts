// The pages the bench measures, with the addresses and sign-ins each needs, found on the app itself.
import { html, signIn } from "./sign-in";

export interface BenchPage {
  name: string;
  path: string;
  cookie?: string;
  /** A signed-in page the budgets hold to half the bare page's speed (issue 14). */
  budgeted?: boolean;
}

/** The demo practice's logins (README, "Demo logins"). */
const DEMO_PASSWORD = "unknot-demo-2026";
const THERAPIST = "maya.torres@demo.unknot.test";
const CLIENT = "jordan.lee@demo.unknot.test";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The first `/clients/<id>` link of the client table (the demo's and the seed's first by name). */
export function firstClientPath(tableHtml: string): string {
  const match = new RegExp(`href="(/clients/${ID})"`).exec(tableHtml);
  if (!match) throw new Error("The client table links to no client record.");
  return match[1]!;
}

/** A keyset cursor most of the way through the name order (lib/dal/internal/client-table.ts). */
export const DEEP_CURSOR = Buffer.from(
  JSON.stringify({ values: ["t", ""], id: "00000000-0000-0000-0000-000000000000" }),
).toString("base64url");

/** The client table's variants: first page, a search, a sort, a filter and a deep page. */
export function clientTablePages(cookie: string): BenchPage[] {
  return [
    { name: "clients: first page", path: "/clients", cookie, budgeted: true },
    { name: "clients: search", path: "/clients?q=ma", cookie },
    { name: "clients: sort by last visit", path: "/clients?sort=lastVisit&dir=desc", cookie },
    { name: "clients: filter open stop flag", path: "/clients?flag=open", cookie },
    { name: "clients: deep page", path: `/clients?after=${DEEP_CURSOR}`, cookie },
  ];
}

/** The next weekday after today, as YYYY-MM-DD: a day the demo therapists work. */
function nextWeekday(): string {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

export interface DemoSessions {
  therapist: string;
  client: string;
}

export async function demoSessions(origin: string): Promise<DemoSessions> {
  return {
    therapist: await signIn(origin, THERAPIST, DEMO_PASSWORD),
    client: await signIn(origin, CLIENT, DEMO_PASSWORD),
  };
}

/** Every page of the bench on the demo practice, each address checked to answer 200 first. */
export async function demoPages(origin: string, sessions: DemoSessions): Promise<BenchPage[]> {
  const { therapist, client } = sessions;
  const record = firstClientPath(await html(origin, "/clients?q=jordan", therapist));
  const plan = new RegExp(`href="(${record}/plans/${ID})"`).exec(await html(origin, record, therapist));
  if (!plan) throw new Error("Jordan's record links to no plan.");
  const pages: BenchPage[] = [
    { name: "sign-in", path: "/sign-in" },
    { name: "portal: Today", path: "/portal", cookie: client, budgeted: true },
    { name: "portal: Progress", path: "/portal/progress", cookie: client },
    ...clientTablePages(therapist),
    { name: "client record", path: record, cookie: therapist, budgeted: true },
    { name: "plan builder", path: plan[1]!, cookie: therapist },
    { name: "booking: a day's slots", path: `/book/riverside?day=${nextWeekday()}` },
    { name: "calendar: week", path: "/calendar?view=week", cookie: therapist, budgeted: true },
  ];
  for (const page of pages) await html(origin, page.path, page.cookie);
  return pages;
}
