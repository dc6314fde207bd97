import type { Metadata } from "next";
import { ReminderForm } from "@/components/portal/reminder-form";
import { Button } from "@/components/ui/button";
import { getMyReminder } from "@/lib/dal/homework-reminders";
import { saveReminderAction, stopReminderAction } from "./actions";

export const metadata: Metadata = { title: "Reminders" };

/** The client's daily homework reminder by email: choose a time, change it, or turn it off. */
export default async function PortalRemindersPage() {
  const reminder = await getMyReminder();
  const zoneName = reminder.timeZone.replace(/^.*\//, "").replace(/_/g, " ");
  const on = reminder.enabled && reminder.time;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Reminders</h1>
      <p className="mb-4 text-slate-700">
        An email once a day to remind you of your home plan, at a time you choose. It stops by itself when your plan
        ends, and every email has a link to turn it off.
      </p>
      <p role="status" className="mb-4 rounded-md border border-slate-200 bg-white p-3 font-medium">
        {on ? `Your reminder is on: every day at ${reminder.time} (${zoneName} time).` : "Your reminder is off."}
      </p>
      <ReminderForm action={saveReminderAction} time={on ? reminder.time : null} zoneName={zoneName} />
      {on ? (
        <form action={stopReminderAction} className="mt-6">
          <Button type="submit" variant="secondary" className="min-h-11">
            Turn off reminders
          </Button>
        </form>
      ) : null}
    </>
  );
}
