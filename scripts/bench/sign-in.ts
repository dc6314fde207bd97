// Signing in as a person would, through Auth.js's credentials endpoint, for the bench's requests.

/** The cookies a response set, as one Cookie header (name=value pairs only). */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!);
}

/** Signs in and answers the Cookie header a signed-in browser would send. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/` }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}).`);
  return session;
}

/** The HTML of a page as the signed-in person gets it; fails on anything but 200. */
export async function html(origin: string, path: string, cookie?: string): Promise<string> {
  const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}.`);
  return response.text();
}
