"use server";

import { notFound, redirect } from "next/navigation";
import { unsubscribeByLink } from "@/lib/dal/homework-reminders";

/** The emailed link's one button: reminders off, no sign-in; the page then says so. A forged link is not found. */
export async function unsubscribeAction(token: string): Promise<void> {
  if (!(await unsubscribeByLink(String(token)))) notFound();
  redirect(`/reminders/unsubscribe/${encodeURIComponent(String(token))}`);
}
