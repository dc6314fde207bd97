// zod for every schema of the app, configured once before any schema is built.
import { z } from "zod";

// In the browser zod probes for eval (`new Function`) when it builds an object schema, to compile
// a faster parser. The pages' CSP forbids eval (proxy.ts), so the probe is a CSP violation on
// every page with a form (issue 14; e2e/support/csp-violations.ts reports it). The server has no
// such policy and keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
