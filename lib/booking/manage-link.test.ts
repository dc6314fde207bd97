import { describe, expect, it } from "vitest";
import { manageToken, readManageToken } from "./manage-link";

const claims = {
  appointmentId: "0b7c1f8e-3a2d-4b5c-9d6e-7f8a9b0c1d2e",
  sequence: 2,
  expiresAt: new Date("2027-01-10T09:00:00Z"),
};
const now = new Date("2027-01-01T00:00:00Z");

describe("manage links", () => {
  it("read back what they were made with", () => {
    expect(readManageToken(manageToken(claims, "secret"), "secret", now)).toEqual(claims);
  });

  it("are refused when tampered with, signed with another secret, or expired", () => {
    const token = manageToken(claims, "secret");
    expect(readManageToken(token.replace(".2.", ".3."), "secret", now)).toBeNull();
    expect(readManageToken(token, "another secret", now)).toBeNull();
    expect(readManageToken(token, "secret", new Date("2027-01-10T09:00:00Z"))).toBeNull();
    expect(readManageToken("not a token", "secret", now)).toBeNull();
  });
});
