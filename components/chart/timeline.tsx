import Link from "next/link";
import type { TimelineEvent } from "@/lib/dal/client-overview";
import { STOP_SYMPTOM_NAMES } from "@/lib/domain/symptoms";
import { flagInfo } from "@/lib/flag-display";
import { formatDate, formatDateTime } from "@/lib/format";

function describe(event: TimelineEvent, clientId: string) {
  switch (event.kind) {
    case "intake":
      return (
        <>
          <Link href={`/clients/${clientId}/intakes/${event.id}`} className="font-medium text-brand-700 underline">
            Intake
          </Link>
          : {event.text}
        </>
      );
    case "session":
      return (
        <>
          <Link href={`/clients/${clientId}/sessions/${event.id}`} className="font-medium text-brand-700 underline">
            Session of {formatDate(event.visitDate)}
          </Link>{" "}
          ({event.status === "signed" ? "signed" : "draft"})
        </>
      );
    case "amendment":
      return <>Amendment: {event.text}</>;
    case "flag-opened": {
      const info = flagInfo(event.contraindicationId);
      return (
        <>
          Flag opened — {info.levelName}: {info.name}
        </>
      );
    }
    case "referral":
      return (
        <>
          {flagInfo(event.contraindicationId).name}: Referred to {event.to} on {formatDate(event.on)}
        </>
      );
    case "flag-cleared":
      return (
        <>
          {flagInfo(event.contraindicationId).name}: Cleared by {event.by} on {formatDate(event.on)}
        </>
      );
    case "flag-resolved":
      return <>{flagInfo(event.contraindicationId).name}: Resolved: answered no at a later screen</>;
    case "plan-published":
      return (
        <>
          <Link href={`/clients/${clientId}/plans/${event.planId}`} className="font-medium text-brand-700 underline">
            Home plan version {event.version}
          </Link>{" "}
          published by {event.by}
        </>
      );
    case "symptom-reported":
      return (
        <>
          Reported in the portal: {STOP_SYMPTOM_NAMES[event.symptom].toLowerCase()}
          {event.text ? ` (${event.text})` : ""}; hands-on items paused
        </>
      );
    case "symptom-resolved":
      return (
        <>
          Symptom report resolved ({STOP_SYMPTOM_NAMES[event.symptom].toLowerCase()})
          {event.text ? `: ${event.text}` : ""}
        </>
      );
  }
}

/** The client's record in date order. Text is rendered as text: notes never become markup. */
export function Timeline({
  events,
  clientId,
  timeZone,
}: {
  events: TimelineEvent[];
  clientId: string;
  timeZone: string;
}) {
  if (events.length === 0) return <p className="text-slate-700">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-2 border-l-2 border-slate-300 pl-4">
      {events.map((event, i) => (
        <li key={i} className="text-sm">
          <time dateTime={event.at.toISOString()} className="block text-xs text-slate-600">
            {formatDateTime(event.at, timeZone)}
          </time>
          {describe(event, clientId)}
        </li>
      ))}
    </ol>
  );
}
