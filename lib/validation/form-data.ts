/**
 * Turns FormData into the nested object the zod schemas expect. Dotted names build nesting
 * (`psfs.0.score` → { psfs: [{ score }] }); all-numeric keys become arrays with holes removed;
 * a repeated name becomes an array of its values. Next's own `$ACTION_*` fields are dropped.
 * Browser and server use the same function, so client-side messages match the server's.
 */
type Nested = { [key: string]: Nested | string | string[] };

function assign(target: Nested, path: string[], value: string) {
  let node = target;
  for (const [i, part] of path.entries()) {
    if (i === path.length - 1) {
      const existing = node[part];
      if (existing === undefined) node[part] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else if (typeof existing === "string") node[part] = [existing, value];
      return;
    }
    const next = node[part];
    if (typeof next !== "object" || Array.isArray(next)) node[part] = {};
    node = node[part] as Nested;
  }
}

function arraysFromNumericKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, arraysFromNumericKeys(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d{1,3}$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

const MAX_FIELDS = 500;

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Nested = {};
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    if (++count > MAX_FIELDS) break;
    const path = name.split(".").slice(0, 6);
    if (path.some((p) => p === "__proto__" || p === "constructor" || p === "prototype" || p === "")) continue;
    assign(root, path, value);
  }
  return arraysFromNumericKeys(root) as Record<string, unknown>;
}
