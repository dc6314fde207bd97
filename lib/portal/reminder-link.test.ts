import { describe, expect, it } from "vitest";
import { readReminderUnsubscribeToken, reminderUnsubscribeToken } from "./reminder-link";

const CLIENT = "0b6f3c1e-5a4d-4e2b-9c8f-1a2b3c4d5e6f";

describe("reminder unsubscribe link", () => {
  it("names the client it was made for", () => {
    expect(readReminderUnsubscribeToken(reminderUnsubscribeToken(CLIENT, "secret"), "secret")).toBe(CLIENT);
  });

  it("is refused when forged, made with another secret, or for another client", () => {
    const token = reminderUnsubscribeToken(CLIENT, "secret");
    expect(readReminderUnsubscribeToken(token, "other")).toBeNull();
    expect(readReminderUnsubscribeToken(token.replace(CLIENT, CLIENT.replace("0b", "0c")), "secret")).toBeNull();
    expect(readReminderUnsubscribeToken(`${CLIENT}.${"A".repeat(43)}`, "secret")).toBeNull();
    expect(readReminderUnsubscribeToken("not-a-token", "secret")).toBeNull();
  });
});
