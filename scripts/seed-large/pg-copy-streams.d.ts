// The part of pg-copy-streams (which ships no types) the seed uses: a COPY … FROM STDIN query
// that node-postgres runs, and a writable stream for its data.
declare module "pg-copy-streams" {
  import type { Writable } from "node:stream";
  import type { Submittable } from "pg";

  export function from(text: string): Writable & Submittable;
}
