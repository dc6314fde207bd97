import { expect, test } from "vitest";
import { nameText, optionalText, requiredText, safe } from "./fields";

// Issue 12, finding 6: characters an outside probe slipped into names, refused by category.
const HIDDEN = {
  "arabic letter mark U+061C": "\u061C",
  "next line U+0085": "\u0085",
  "C1 control sequence introducer U+009B": "\u009B",
  "line separator U+2028": "\u2028",
  "paragraph separator U+2029": "\u2029",
  "tag letter A U+E0041": "\u{E0041}",
  "interlinear annotation anchor U+FFF9": "\uFFF9",
  "private use U+E000": "\uE000",
  "unassigned U+0378": "\u0378",
  "right-to-left override U+202E": "\u202E",
  "zero-width space U+200B": "\u200B",
  NUL: "\u0000",
};

test("text with a control, format, private-use, unassigned or separator character is refused", () => {
  const field = requiredText("Note", 200);
  for (const [name, ch] of Object.entries(HIDDEN)) {
    expect(safe(`Ann${ch}a`), name).toBe(false);
    expect(field.safeParse(`Ann${ch}a`).success, name).toBe(false);
    expect(optionalText("Note", 200).safeParse(`x${ch}y`).success, name).toBe(false);
  }
});

test("ordinary text in any script, with tabs, line breaks and emoji, is accepted", () => {
  for (const text of ["Zoë O'Brien-Núñez", "李小龙", "Łukasz", "محمد", "line one\r\nline two\tthree", "knee 👍🏽"]) {
    expect(safe(text), text).toBe(true);
  }
});

test("a name made only of fillers or blank patterns is refused; a real one in any script is accepted", () => {
  const name = nameText("Given name", 100);
  for (const blank of ["\u3164", "\u3164\u3164", "\u2800", "\u115F", "\u115F\u1160", "\uFFA0", "- .", "''"]) {
    const parsed = name.safeParse(blank);
    expect(parsed.success, JSON.stringify(blank)).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("Given name needs at least one letter.");
  }
  for (const real of ["Ann", "李", "Ólöf", "한수", "O'Neil", "J"])
    expect(name.safeParse(real).success, real).toBe(true);
});
