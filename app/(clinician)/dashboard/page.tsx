import type { Metadata } from "next";
import { AttentionList } from "@/components/dashboard/attention-list";
import { getDashboard } from "@/lib/dal/dashboard";
import { STOP_SYMPTOM_NAMES } from "@/lib/domain/symptoms";
import { flagInfo } from "@/lib/flag-display";
import { formatDate, formatDateTime, formatDayOf } from "@/lib/format";

export const metadata: Metadata = { title: "Today" };

/** The staff's start page: what needs attention, each item linking to where to act. */
export default async function DashboardPage() {
  const d = await getDashboard();
  // An admin reads the practice by therapist: each line says whose client it is.
  const note = (item: { therapistName: string | null }, ...parts: Array<string | null>) =>
    [...parts, d.byTherapist ? (item.therapistName ?? "no therapist") : null].filter(Boolean).join(", ");
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Today</h1>
      <p className="mb-4 text-slate-700">{formatDate(d.today)}</p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <AttentionList
          id="appointments"
          title="Today's appointments"
          total={d.appointments.total}
          items={d.appointments.items}
          empty="No appointments today."
          more={{ href: `/calendar?date=${d.today}`, label: "See the whole day" }}
          render={(a) => ({
            key: a.id,
            href: `/calendar/appointments/${a.id}`,
            label: `${a.time} ${a.clientName}`,
            note: `${a.typeName} with ${a.therapistName}${a.status === "booked" ? "" : ` (${a.status})`}`,
          })}
        />
        <AttentionList
          id="callbacks"
          title="Callback requests"
          total={d.callbacks.total}
          items={d.callbacks.items}
          empty="Nobody is waiting for a call."
          more={{ href: "/calendar/callbacks", label: "See them all" }}
          render={(c) => ({
            key: c.id,
            href: "/calendar/callbacks",
            label: c.name,
            note: `asked ${formatDateTime(c.createdAt, d.timeZone)}`,
          })}
        />
        {d.openStopFlags ? (
          <AttentionList
            id="flags"
            title="Stop flags awaiting clearance"
            total={d.openStopFlags.total}
            items={d.openStopFlags.items}
            empty="No stop flag is open."
            more={{ href: "/clients?flag=open", label: "See them all in the client table" }}
            render={(f) => ({
              key: `${f.clientId}:${f.contraindicationId}`,
              href: `/clients/${f.clientId}#flags`,
              label: f.clientName,
              own: f.own && !d.byTherapist,
              note: note(f, flagInfo(f.contraindicationId).name, `since ${formatDayOf(f.openedAt, d.timeZone)}`),
            })}
          />
        ) : null}
        {d.symptoms ? (
          <AttentionList
            id="symptoms"
            title="Stop symptoms reported in the last 7 days"
            total={d.symptoms.total}
            items={d.symptoms.items}
            empty="No stop symptom reported this week."
            render={(s) => ({
              key: s.id,
              href: `/clients/${s.clientId}#portal`,
              label: s.clientName,
              own: s.own && !d.byTherapist,
              note: note(
                s,
                STOP_SYMPTOM_NAMES[s.kind],
                formatDateTime(s.reportedAt, d.timeZone),
                s.repeats > 1 ? `${s.repeats} reports, the last ${formatDateTime(s.lastReportedAt, d.timeZone)}` : null,
                s.resolved ? "resolved" : "not yet resolved",
              ),
            })}
          />
        ) : null}
        {d.lowAdherence ? (
          <AttentionList
            id="adherence"
            title="Below half their home plan this week"
            total={d.lowAdherence.total}
            items={d.lowAdherence.items}
            empty="Every client on a plan did at least half of it this week."
            render={(c) => ({
              key: c.clientId,
              href: `/clients/${c.clientId}#portal`,
              label: c.clientName,
              own: c.own && !d.byTherapist,
              note: note(c, `${c.adherence7d}% done in the last 7 days`),
            })}
          />
        ) : null}
        {d.noConsent ? (
          <AttentionList
            id="consent"
            title="No consent to treatment on file"
            total={d.noConsent.total}
            items={d.noConsent.items}
            empty="Every client has consent on file."
            render={(c) => ({
              key: c.clientId,
              href: `/clients/${c.clientId}#consent`,
              label: c.clientName,
              own: c.own && !d.byTherapist,
              note: note(c, `client since ${formatDayOf(c.createdAt, d.timeZone)}`),
            })}
          />
        ) : null}
      </div>
    </>
  );
}
