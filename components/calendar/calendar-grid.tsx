import type { CalendarView } from "@/lib/dal/calendar";
import { AppointmentLink } from "./appointment-link";
import { calendarColumns, calendarHours, hourLabel } from "./calendar-columns";

/**
 * The calendar as a real table: a row per hour (its header the time), a column per day of the
 * week or per therapist of the day, each appointment a link in the cell of its start hour. A
 * screen reader announces the row and column of every cell; the keyboard tabs from one
 * appointment to the next in time order. On a narrow screen the table scrolls in its own box.
 */
export function CalendarGrid({ calendar, caption }: { calendar: CalendarView; caption: string }) {
  const columns = calendarColumns(calendar);
  const hours = calendarHours(calendar.appointments);
  const minWidth = columns.length > 3 ? "min-w-[60rem]" : columns.length > 1 ? "min-w-[36rem]" : "";
  return (
    <div
      role="region"
      aria-labelledby="calendar-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className={`w-full table-fixed border-collapse text-left text-sm ${minWidth}`}>
        <caption id="calendar-caption" className="px-3 py-2 text-left text-base font-semibold">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="w-16 border-b border-slate-200 px-2 py-2 font-semibold">
              Time
            </th>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-current={column.today ? "date" : undefined}
                className={`border-b border-l border-slate-200 px-2 py-2 font-semibold ${column.today ? "bg-brand-100" : ""}`}
              >
                {column.label}
                {column.today ? <span className="block text-xs font-medium">Today</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-2 py-2 font-medium whitespace-nowrap text-slate-700">
                {hourLabel(hour)}
              </th>
              {columns.map((column) => {
                const here = calendar.appointments.filter(
                  (a) => column.holds(a) && Number(a.startTime.slice(0, 2)) === hour,
                );
                return (
                  <td key={column.key} className="h-12 border-l border-slate-200 p-1">
                    {here.length > 0 ? (
                      <ul className="space-y-1">
                        {here.map((a) => (
                          <li key={a.id}>
                            <AppointmentLink appointment={a} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
