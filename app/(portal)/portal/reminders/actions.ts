"use server";

import { revalidatePath } from "next/cache";
import { setMyReminder, stopMyReminder } from "@/lib/dal/homework-reminders";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { reminderSchema } from "@/lib/validation/portal";

export async function saveReminderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(reminderSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await setMyReminder(parsed.data.time);
  revalidatePath("/portal/reminders");
  return { ok: true, message: `Reminder set: every day at ${parsed.data.time}.` };
}

export async function stopReminderAction(): Promise<void> {
  await stopMyReminder();
  revalidatePath("/portal/reminders");
}
