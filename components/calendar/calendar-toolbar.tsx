import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import type { CalendarView } from "@/lib/dal/calendar";
import { calendarHref } from "./calendar-href";

const linkButton =
  "inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100";
const current =
  "inline-flex min-h-10 items-center rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white";

/**
 * Moving around the calendar with plain links and a GET form, so every state is an address:
 * previous / today / next, day or week, and a date and therapist ("Everyone") to show.
 */
export function CalendarToolbar({ calendar, date }: { calendar: CalendarView; date: string }) {
  const { view, therapistId: therapist } = calendar;
  const unit = view === "week" ? "week" : "day";
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <nav aria-label="Calendar dates">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={calendarHref({ view, date: calendar.previous, therapist })} className={linkButton}>
              <span aria-hidden="true">←&nbsp;</span>Previous {unit}
            </Link>
          </li>
          <li>
            <Link href={calendarHref({ view, date: calendar.today, therapist })} className={linkButton}>
              Today
            </Link>
          </li>
          <li>
            <Link href={calendarHref({ view, date: calendar.next, therapist })} className={linkButton}>
              Next {unit}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        </ul>
      </nav>
      <nav aria-label="Calendar view">
        <ul className="flex gap-2">
          {(["day", "week"] as const).map((v) => (
            <li key={v}>
              <Link
                href={calendarHref({ view: v, date, therapist })}
                aria-current={v === view ? "page" : undefined}
                className={v === view ? current : linkButton}
              >
                {v === "day" ? "Day" : "Week"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        method="get"
        action="/calendar"
        aria-label="Show a date and therapist"
        className="flex flex-wrap items-end gap-2"
      >
        <input type="hidden" name="view" value={view} />
        <TextField label="Date" name="date" type="date" defaultValue={date} id="calendar-date" className="w-40" />
        <SelectField
          label="Therapist"
          name="therapist"
          id="calendar-therapist"
          defaultValue={therapist}
          className="w-48"
          options={[
            { value: "all", label: "Everyone" },
            ...calendar.therapists.map((t) => ({ value: t.id, label: t.name })),
          ]}
        />
        <Button type="submit" variant="secondary" className="min-h-10">
          Show
        </Button>
      </form>
    </div>
  );
}
