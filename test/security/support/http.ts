import { createRequire } from "node:module";

/** What the suite needs of a response: status, headers, body as text. */
export interface Reply {
  status: number;
  headers: Headers;
  body: string;
  location: string | null;
}

/**
 * A browser stand-in over plain HTTP: keeps cookies, never follows redirects (so a test sees
 * exactly what the server answered), and can sign in through Auth.js like the form does.
 */
export class Agent {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly baseURL: string,
    readonly ip = "198.51.100.7",
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: BodyInit | null } = {},
  ): Promise<Reply> {
    const headers = new Headers(init.headers);
    if (this.cookies.size && !headers.has("cookie")) headers.set("cookie", this.cookieHeader());
    if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", this.ip);
    const res = await fetch(new URL(path, this.baseURL), {
      method: init.method ?? "GET",
      headers,
      body: init.body,
      redirect: "manual",
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, headers: res.headers, body: await res.text(), location: res.headers.get("location") };
  }

  /** Auth.js Credentials sign-in over HTTP (what the sign-in form's action does on the server). */
  async signIn(email: string, password: string): Promise<boolean> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" });
    const res = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: this.baseURL },
      body: form.toString(),
    });
    return res.status === 302 && [...this.cookies.keys()].some((k) => k.endsWith("authjs.session-token"));
  }

  /**
   * Calls a server action the way React's client does (Next-Action header, arguments encoded
   * with React's encodeReply), but from outside any page: a raw POST an attacker can send.
   */
  async callAction(
    actionId: string,
    args: unknown[],
    opts: { origin?: string | null; path?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const body = await encodeReply(args);
    const headers: Record<string, string> = { "next-action": actionId, accept: "text/x-component", ...opts.headers };
    if (typeof body === "string") headers["content-type"] = "text/plain;charset=UTF-8";
    const origin = opts.origin === undefined ? this.baseURL : opts.origin;
    if (origin !== null) headers.origin = origin;
    return this.request(opts.path ?? "/", { method: "POST", headers, body });
  }
}

const require = createRequire(import.meta.url);
type Encode = (value: unknown) => Promise<string | FormData>;
let encoder: Encode | undefined;

export async function encodeReply(args: unknown[]): Promise<string | FormData> {
  encoder ??= (require("next/dist/compiled/react-server-dom-turbopack/client.node") as { encodeReply: Encode })
    .encodeReply;
  return encoder(args);
}

/** A FormData from plain fields (what a form submits). */
export function formOf(fields: Record<string, string | Blob>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

/**
 * The arguments a form's action receives: the values bound with `action.bind(null, …)` first
 * (React encodes them into the call like any argument), then the fixed ones bound after them
 * (`args`), then the previous state for useActionState forms, then the form data. An action a
 * client component calls directly ("call") gets the bound values and `args`, no form.
 */
export function actionArgs(
  rule: { shape: "form" | "state-form" | "call"; args?: unknown[] },
  bound: unknown[],
  form: FormData,
): unknown[] {
  const fixed = [...bound, ...(rule.args ?? [])];
  if (rule.shape === "call") return fixed;
  return rule.shape === "state-form" ? [...fixed, {}, form] : [...fixed, form];
}
