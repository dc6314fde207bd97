"use server";

import { redirect } from "next/navigation";
import { unsubscribeByLink } from "@/lib/dal/homework-reminders";

/** The emailed link's one button: reminders off, no sign-in; the page then says so. */
export async function unsubscribeAction(token: string): Promise<void> {
  await unsubscribeByLink(String(token));
  redirect(`/reminders/unsubscribe/${encodeURIComponent(String(token))}`);
}
