import Link from "next/link";
import { FlagBanner } from "@/components/flags/flag-banner";
import { STATUS_NAMES } from "./client-messages";
import { ConsentFlag } from "./consent-flag";
import type { ClientHeader } from "@/lib/dal/client-overview";
import { formatDate, fullName } from "@/lib/format";

/**
 * Every page of one client: who they are, their open flags, and where to go next. Each page
 * passes the header its own screen read returned, so the frame costs no extra read.
 */
export function ClientFrame({ header, children }: { header: ClientHeader; children: React.ReactNode }) {
  const { id } = header;
  return (
    <>
      <p className="mb-2 text-sm print:hidden">
        <Link href="/clients" className="text-brand-700 underline">
          ← All clients
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2 print:hidden">
        <div className="flex flex-wrap items-baseline gap-2">
          <h1 className="text-2xl font-semibold">{fullName(header)}</h1>
          {header.status === "active" ? null : (
            <span className="rounded bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800">
              {STATUS_NAMES[header.status]}
            </span>
          )}
        </div>
        <p className="text-sm text-slate-700">Born {formatDate(header.dateOfBirth)}</p>
      </div>
      <nav aria-label="Client" className="mb-4 print:hidden">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
          {header.mayOpenChart ? (
            <>
              <li>
                <Link href={`/clients/${id}`} className="text-brand-700 underline">
                  Overview
                </Link>
              </li>
              <li>
                <Link href={`/clients/${id}/intakes/new`} className="text-brand-700 underline">
                  New intake
                </Link>
              </li>
            </>
          ) : null}
          <li>
            <Link href={`/clients/${id}/edit`} className="text-brand-700 underline">
              Edit details
            </Link>
          </li>
          <li>
            <Link href={`/calendar/new?client=${id}`} className="text-brand-700 underline">
              Book an appointment
            </Link>
          </li>
        </ul>
      </nav>
      <FlagBanner flags={header.openFlags} />
      {header.consentMissing ? <ConsentFlag clientId={id} hasPortalLogin={header.hasPortalLogin} /> : null}
      {children}
    </>
  );
}
