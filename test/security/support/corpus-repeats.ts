import type { ActionRule } from "../policy";
import { policy } from "../policy";
import type { EntryPoint } from "./discover";
import { actionArgs, Agent, type Reply } from "./http";
import type { World } from "./world";

/**
 * The bad-input corpus's repeats: the same entry twice in one form, and the same write sent
 * several times at once. Both reach unique keys (an intake's activities, a muscle's finding per
 * visit, one booking per slot) where a duplicate must get a message or replace the earlier row,
 * never a primary-key violation answered with a 500.
 */
export interface RepeatContext {
  baseURL: string;
  world: World;
  entries: EntryPoint[];
  actionIds: Map<string, string>;
  nextIp: () => string;
  /** The corpus's therapist and client, signed in (the corpus locks their passwords out by now). */
  staff: Agent;
  client: Agent;
}

const serverError = (reply: Reply) => reply.status >= 500 || /:E\{"digest":"\d+"/.test(reply.body);

/** Each action with a policy row and a form, with how to call it as the corpus does (corpus.test.ts). */
function callers(ctx: RepeatContext) {
  const { baseURL, world, staff, client } = ctx;
  return ctx.entries.flatMap((entry) => {
    const action = policy[entry.key] as ActionRule | undefined;
    if (action?.kind !== "action" || action.changesSession) return [];
    const id = ctx.actionIds.get(entry.key)!;
    const bound = (action.bound ?? []).map((kind) => world.corpusObjects[kind]!.id);
    const target = Object.fromEntries((action.bound ?? []).map((kind, i) => [kind, bound[i]!]));
    const clientOnly = Boolean(action.sees?.client) && !action.sees?.therapist && !action.sees?.anonymous;
    const signedOut = Boolean(action.sees?.anonymous);
    const agent = () => (signedOut ? new Agent(baseURL, ctx.nextIp()) : clientOnly ? client : staff);
    const call = (form: FormData, by = agent()) =>
      by.callAction(id, actionArgs(action, bound, form), { path: action.path });
    const valid = () => action.form({ world, principal: "therapist", target });
    return [{ key: entry.key, action, call, valid }];
  });
}

const formFrom = (pairs: Array<[string, string | Blob]>) => {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return form;
};

/**
 * Every form of every action: each field sent twice, and (for forms with rows: `painSites.0.site`,
 * `activities.0.id`, `hours.mon.0.start`) the first row copied into the second.
 */
export async function duplicatedEntries(ctx: RepeatContext): Promise<{ tried: number; failures: string[] }> {
  const failures: string[] = [];
  let tried = 0;
  for (const { key, action, call, valid } of callers(ctx)) {
    if (action.shape === "call") continue;
    const fields = Object.entries(valid());
    const variants: Array<[string, FormData]> = [["every field twice", formFrom(fields.flatMap((f) => [f, f]))]];
    const rows = fields.filter(([name]) => /\.0(\.|$)/.test(name));
    if (rows.length > 0)
      variants.push([
        "the first row twice",
        formFrom([
          ...fields,
          ...rows.map(([name, value]): [string, string | Blob] => [name.replace(/\.0(\.|$)/, ".1$1"), value]),
        ]),
      ]);
    for (const [label, form] of variants) {
      tried++;
      const reply = await call(form);
      if (serverError(reply)) failures.push(`${key} with ${label}: server error ${reply.status}`);
    }
  }
  return { tried, failures };
}

/** Every action, one valid submission sent six times at once: each succeeds or gets a clear answer. */
export async function concurrentWrites(ctx: RepeatContext, times = 6): Promise<{ tried: number; failures: string[] }> {
  const failures: string[] = [];
  let tried = 0;
  for (const { key, action, call, valid } of callers(ctx)) {
    const fields = Object.entries(action.shape === "call" ? {} : valid());
    const replies = await Promise.all(Array.from({ length: times }, () => call(formFrom(fields))));
    tried += times;
    const errors = replies.filter(serverError);
    if (errors.length) failures.push(`${key}: ${errors.length} of ${times} at once answered a server error`);
  }
  return { tried, failures };
}
