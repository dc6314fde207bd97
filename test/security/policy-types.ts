import type { FieldSpec } from "./corpus";
import type { ObjectKind, Principal, Scope, World } from "./support/world";

/** The shapes of the policy table (test/security/policy.ts). */
export type Answer = "ok" | "not-found" | "sign-in" | { redirect: string };

/** Each form field's type for the bad-input corpus, its maximum length, whether it is required… */
export type Fields = Record<string, FieldSpec>;

export interface Rule {
  sees?: Partial<Record<Principal, Scope[]>>;
  /** Audit action the DAL writes when it refuses this entry point (or any of several). */
  audit?: string | string[];
  /** What each principal gets (pages without params, routes, actions); derived for params. */
  answers?: Partial<Record<Principal, Answer>>;
}

export interface PageRule extends Rule {
  kind: "page";
  params?: Record<string, ObjectKind>;
  /** For nested pages: the audit action of the last segment's own check (parent allowed, object not). */
  objectAudit?: string;
  /**
   * A public page that answers a segment naming nothing with its own page (200) instead of
   * not-found: the text it must then show (the bad-input corpus checks it).
   */
  invalid?: string;
  /**
   * Query parameters naming objects (`/portal/appointments/book?move=<appointment>`): judged like
   * `params`, scope by scope, except that the page need not show the object's marker.
   */
  query?: Record<string, ObjectKind>;
  /** A fixed query string for every request (what the page should show: a week, a search), by scope. */
  search?: (world: World, scope: Scope | null) => string;
}

export interface RouteRule extends Rule {
  kind: "route";
  /**
   * For a route with dynamic segments: the object kind each names. The matrix then requests it
   * on the own / same-practice / other-practice object, judged as a page's (`requests` unused).
   */
  params?: Record<string, ObjectKind>;
  /** Concrete requests for the method (catch-all and API routes need real paths). */
  requests: Array<{
    path: string;
    form?: (world: World, csrfToken: string) => Record<string, string>;
    fields?: Fields;
  }>;
}

export interface ActionContext {
  world: World;
  principal: Principal;
  /** Ids of the objects the action's `params` fields name, for the scope under test. */
  target: Record<string, string>;
}

export interface ActionRule extends Rule {
  kind: "action";
  /**
   * (formData) for <form action>, (previousState, formData) for useActionState forms; "call" for
   * an action a client component calls with plain arguments (the bound ones and `args`), no form.
   */
  shape: "form" | "state-form" | "call";
  /** Form fields naming objects: field -> object kind. */
  params?: Record<string, ObjectKind>;
  /** Arguments bound in the page (`action.bind(null, id, …)`), in order: the object kind of each. */
  bound?: ObjectKind[];
  /**
   * Plain values passed after the bound ids (`moveItemAction.bind(null, planId, key, 1)`,
   * `markDoneAction(itemId, 1)`).
   */
  args?: unknown[];
  /**
   * Which bound argument the DAL looks the object up by (default: the last). The corpus sends
   * forged values there and expects not-found; the other bound arguments get them too and must
   * not answer a 500 nor write.
   */
  decides?: number;
  /**
   * The message a malformed bound argument gets instead of not-found, where the action checks it
   * before the DAL (an invitation token, a check-off's item id): it must still write nothing.
   */
  refusal?: string;
  /**
   * Values other than an object's id the page binds in the deciding position, which the action
   * must take (`saveAppointmentTypeAction.bind(null, null)` adds a type): the corpus sends them
   * as valid.
   */
  accepts?: unknown[];
  /**
   * A valid submission (the matrix adds practiceId, role, therapistId… and expects them ignored);
   * a file field is a Blob.
   */
  form: (ctx: ActionContext) => Record<string, string | Blob>;
  /** The form's fields, for the bad-input corpus. */
  fields?: Fields;
  /** Tables it may change when it succeeds; every other table's protected columns must not move. */
  writes: string[];
  /** Signs in, or ends the caller's session: each call gets a fresh sign-in. */
  changesSession?: boolean;
  /** The page whose form posts it (where the raw POST is sent). */
  path: string;
}

export type PolicyRule = PageRule | RouteRule | ActionRule;
