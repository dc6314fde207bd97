import { describe, expect, test } from "vitest";
import { JPEG_1X1, pngImage, WEBP_LOSSLESS_1X1, WEBP_LOSSY_1X1 } from "@/test/support/images";
import { imageFacts, MAX_IMAGE_SIDE } from "./image-facts";

const text = (s: string) => new TextEncoder().encode(s);

describe("imageFacts: the type and size come from the file's own bytes", () => {
  test("PNG, with its size from the header", () => {
    expect(imageFacts(pngImage(64, 48))).toEqual({ ok: true, type: "image/png", width: 64, height: 48 });
  });
  test("JPEG, with its size from the frame header", () => {
    expect(imageFacts(JPEG_1X1)).toEqual({ ok: true, type: "image/jpeg", width: 1, height: 1 });
  });
  test("WebP, lossy and lossless", () => {
    expect(imageFacts(WEBP_LOSSY_1X1)).toEqual({ ok: true, type: "image/webp", width: 1, height: 1 });
    expect(imageFacts(WEBP_LOSSLESS_1X1)).toEqual({ ok: true, type: "image/webp", width: 1, height: 1 });
  });
  test("a WebP with an extended header (VP8X) reads the canvas size", () => {
    const b = Buffer.alloc(30);
    b.write("RIFF", 0, "latin1");
    b.write("WEBPVP8X", 8, "latin1");
    b.writeUIntLE(799, 24, 3);
    b.writeUIntLE(599, 27, 3);
    expect(imageFacts(b)).toEqual({ ok: true, type: "image/webp", width: 800, height: 600 });
  });
});

describe("imageFacts refuses what is not a PNG, JPEG or WebP", () => {
  test.each([
    ["a text file renamed .png", text("Stretch the calf for 30 seconds.\n")],
    ["SVG", text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>')],
    ["HTML", text("<!doctype html><script>alert(1)</script>")],
    ["a GIF", text("GIF89a\u0001\u0000\u0001\u0000")],
    ["an empty file", new Uint8Array()],
    ["the PNG signature alone", pngImage(2, 2).subarray(0, 8)],
    ["a JPEG cut before its frame header", JPEG_1X1.subarray(0, 20)],
  ])("%s", (_name, bytes) => {
    expect(imageFacts(bytes)).toEqual({ ok: false, reason: "not-an-image" });
  });

  test("a PNG that also carries HTML (a polyglot)", () => {
    expect(imageFacts(pngImage(2, 2, { text: "<html><script>alert(1)</script>" }))).toEqual({
      ok: false,
      reason: "markup",
    });
  });

  test("a header claiming more pixels than any exercise picture needs", () => {
    expect(imageFacts(pngImage(1, 1)).ok).toBe(true);
    const huge = pngImage(1, 1);
    huge.writeUInt32BE(MAX_IMAGE_SIDE + 1, 16);
    expect(imageFacts(huge)).toEqual({ ok: false, reason: "too-many-pixels" });
  });
});
