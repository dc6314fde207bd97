// Makes sure the server has an auth secret before it starts.
// Embedded default: generate one once into .env.local (git-ignored) so `npm start` just works.
// PostgreSQL (DATABASE_URL set): every app server must share one secret, so it must be given.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const envFile = ".env.local";
const fileHasSecret = existsSync(envFile) && /^AUTH_SECRET=.+/m.test(readFileSync(envFile, "utf8"));

if (!process.env.AUTH_SECRET && !fileHasSecret) {
  if (process.env.DATABASE_URL) {
    console.error(
      "AUTH_SECRET is not set. With DATABASE_URL every app server needs the same secret: set AUTH_SECRET (e.g. `openssl rand -base64 32`).",
    );
    process.exit(1);
  }
  appendFileSync(envFile, `AUTH_SECRET=${randomBytes(32).toString("base64")}\n`);
  console.log(`Generated an auth secret for the embedded database in ${envFile}.`);
}
