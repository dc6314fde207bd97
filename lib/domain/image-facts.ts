/**
 * What an uploaded picture is, read from its own bytes: never from its name or the type the
 * browser claims (both are the sender's to choose). Only PNG, JPEG and WebP are pictures here;
 * SVG is not (it is markup and can carry script), nor is anything that also reads as HTML.
 * The type comes from the file signature and the size from the header (PNG IHDR, JPEG SOFn,
 * WebP VP8/VP8L/VP8X), as the formats define them (PNG: ISO/IEC 15948 §11.2.2; JPEG: ITU-T T.81
 * §B.2.2; WebP: RFC 9649 §2.5–2.7).
 */
export type ImageType = "image/png" | "image/jpeg" | "image/webp";
export type ImageFacts =
  | { ok: true; type: ImageType; width: number; height: number }
  | { ok: false; reason: "not-an-image" | "too-many-pixels" | "markup" };

/** The largest upload accepted: 1 MB, under the server's 1 MiB request limit with room for the form. */
export const MAX_IMAGE_BYTES = 1_000_000;
/** The limit as forms state it. */
export const MAX_IMAGE_TEXT = `${MAX_IMAGE_BYTES / 1_000_000} MB`;
/** Pixels per side: more is a photo straight off a camera, or a decompression bomb. */
export const MAX_IMAGE_SIDE = 6000;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, at: number, text: string) =>
  startsWith(
    b,
    [...text].map((c) => c.charCodeAt(0)),
    at,
  );
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 65536 + u16be(b, at + 2);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);

function png(b: Uint8Array): [number, number] | null {
  if (!startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || b.length < 33) return null;
  if (u32be(b, 8) !== 13 || !ascii(b, 12, "IHDR")) return null;
  return [u32be(b, 16), u32be(b, 20)];
}

function jpeg(b: Uint8Array): [number, number] | null {
  if (!startsWith(b, [0xff, 0xd8, 0xff])) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return [u16be(b, at + 7), u16be(b, at + 5)];
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end, or scan data before any frame header
    at += 2 + u16be(b, at + 2);
  }
  return null;
}

function webp(b: Uint8Array): [number, number] | null {
  if (!ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP") || b.length < 30) return null;
  if (ascii(b, 12, "VP8 ") && startsWith(b, [0x9d, 0x01, 0x2a], 23)) {
    return [(b[26]! | (b[27]! << 8)) & 0x3fff, (b[28]! | (b[29]! << 8)) & 0x3fff];
  }
  if (ascii(b, 12, "VP8L") && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  if (ascii(b, 12, "VP8X")) return [u24le(b, 24) + 1, u24le(b, 27) + 1];
  return null;
}

/**
 * Markup a browser might run if it ever took the file for a page: a picture with it inside is a
 * polyglot, refused even though it is served as an image with nosniff.
 */
const MARKUP = /<(?:script|html|svg|body|iframe|object|embed|!doctype)[\s>/]/i;

export function imageFacts(bytes: Uint8Array): ImageFacts {
  const kinds: Array<[ImageType, (b: Uint8Array) => [number, number] | null]> = [
    ["image/png", png],
    ["image/jpeg", jpeg],
    ["image/webp", webp],
  ];
  for (const [type, read] of kinds) {
    const size = read(bytes);
    if (!size) continue;
    const [width, height] = size;
    if (width < 1 || height < 1) return { ok: false, reason: "not-an-image" };
    if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return { ok: false, reason: "too-many-pixels" };
    if (MARKUP.test(new TextDecoder("latin1").decode(bytes))) {
      return { ok: false, reason: "markup" };
    }
    return { ok: true, type, width, height };
  }
  return { ok: false, reason: "not-an-image" };
}
