import Link from "next/link";
import { dayInWords, telHref } from "@/components/booking/day-words";
import type { AppointmentDetail } from "@/lib/dal/appointments";
import { timeRange } from "./calendar-href";
import { SOURCE_WORDS, STATUS_WORDS } from "./calendar-messages";

/**
 * Who, what, when and how it was booked. The client's name opens their record for clinicians;
 * the front desk never sees the clinical record, so for them it opens the contact details.
 */
export function AppointmentDetails({ appointment: a }: { appointment: AppointmentDetail }) {
  const { client } = a;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
      <dt className="font-medium text-slate-700">Client</dt>
      <dd className="mb-2 sm:mb-0">
        <Link
          href={a.mayOpenChart ? `/clients/${client.id}` : `/clients/${client.id}/edit`}
          className="font-semibold text-brand-700 underline"
        >
          {client.name}
        </Link>
        <span className="text-sm text-slate-700"> ({a.mayOpenChart ? "record" : "contact details"})</span>
      </dd>
      <dt className="font-medium text-slate-700">Phone</dt>
      <dd className="mb-2 sm:mb-0">
        {client.phone ? (
          <a href={telHref(client.phone)} className="text-brand-700 underline">
            {client.phone}
          </a>
        ) : (
          "Not given"
        )}
      </dd>
      <dt className="font-medium text-slate-700">Email</dt>
      <dd className="mb-2 break-words sm:mb-0">
        {client.email ? (
          <a href={`mailto:${client.email}`} className="text-brand-700 underline">
            {client.email}
          </a>
        ) : (
          "Not given"
        )}
      </dd>
      <dt className="font-medium text-slate-700">When</dt>
      <dd className="mb-2 sm:mb-0">
        <span className={a.status === "cancelled" ? "line-through" : undefined}>
          {dayInWords(a.day, true)}, {timeRange(a.startTime, a.endTime)}
        </span>{" "}
        <span className="text-sm text-slate-700">({a.timeZone} time)</span>
      </dd>
      <dt className="font-medium text-slate-700">Type</dt>
      <dd className="mb-2 sm:mb-0">{a.typeName}</dd>
      <dt className="font-medium text-slate-700">Therapist</dt>
      <dd className="mb-2 sm:mb-0">{a.therapistName}</dd>
      <dt className="font-medium text-slate-700">Status</dt>
      <dd className="mb-2 font-semibold sm:mb-0">{STATUS_WORDS[a.status]}</dd>
      <dt className="font-medium text-slate-700">Booked</dt>
      <dd className="mb-2 sm:mb-0">{SOURCE_WORDS[a.source]}</dd>
      <dt className="font-medium text-slate-700">Reason given</dt>
      <dd className="whitespace-pre-line">{a.reason ?? "None given"}</dd>
    </dl>
  );
}
