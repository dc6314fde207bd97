/**
 * A small deterministic generator (sfc32, seeded through splitmix32): the same --seed gives the
 * same practices, people and charts, so a benchmark can be repeated on the same data. No
 * Math.random anywhere in the seed.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /**
   * A UUID ordered like a version 7 one: the stream's first label (the practice number) and a
   * sequence first, random bits after. Rows then arrive in the order of their indexes, so COPY
   * appends to the B-trees instead of touching random pages (several times faster at 100,000
   * clients); to the app they are ids like any other.
   */
  uuid(): string;
  hex(bytes: number): string;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** A generator for one stream: `seed` and the stream's labels (e.g. the practice number) pick it. */
export function createRandom(seed: number, ...stream: number[]): Random {
  const init = splitmix32(stream.reduce((s, n) => Math.imul(s ^ n, 0x01000193) >>> 0, seed ^ 0x811c9dc5));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();
  const prefix = ((stream[0] ?? 0) & 0xffff).toString(16).padStart(4, "0");
  let sequence = 0;
  const next = () => u32() / 4_294_967_296;
  const byte = () => u32() & 0xff;
  const hex = (bytes: number) => {
    let out = "";
    for (let i = 0; i < bytes; i++) out += HEX[byte()];
    return out;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample(items, count) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.max(0, count));
    },
    uuid() {
      const ordered = prefix + (sequence++).toString(16).padStart(8, "0");
      const h = hex(10);
      const variant = HEX[(parseInt(h.slice(4, 6), 16) & 0x3f) | 0x80];
      return `${ordered.slice(0, 8)}-${ordered.slice(8, 12)}-7${h.slice(1, 4)}-${variant}${h.slice(6, 8)}-${h.slice(8, 20)}`;
    },
    hex,
  };
}
