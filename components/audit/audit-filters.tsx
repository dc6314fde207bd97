import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import type { AuditLog } from "@/lib/dal/audit-log";
import { AUDIT_OUTCOMES, EARLIEST_DAY, LATEST_DAY } from "@/lib/validation/audit-log";
import { OUTCOME_WORDS, ROLE_WORDS } from "./audit-words";

const ANY = { value: "", label: "Any" };
const UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/**
 * The audit log's filters: a GET form, so the address holds them (shareable, and the export
 * link and the back button keep them). The client is named by id: a practice may have 100,000
 * of them, so there is no list; "Their events" in a row, or the address, fills it in.
 */
export function AuditFilters({ log }: { log: Pick<AuditLog, "query" | "users" | "actions" | "client" | "timeZone"> }) {
  const { query, client } = log;
  const clientHint = !client
    ? "The id in a client's address, or “Their events” in a row"
    : client.name
      ? `Events about ${client.name}`
      : "No client of the practice has this id";
  return (
    <form
      method="get"
      action="/settings/audit"
      aria-label="Filter audit events"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label="User"
          name="user"
          defaultValue={query.user ?? ""}
          options={[
            ANY,
            ...log.users.map((u) => ({ value: u.id, label: `${u.name} (${ROLE_WORDS[u.role] ?? u.role})` })),
          ]}
        />
        <TextField
          label="Client id"
          name="client"
          defaultValue={query.client ?? ""}
          hint={clientHint}
          pattern={UUID_PATTERN}
          spellCheck={false}
          autoComplete="off"
        />
        <SelectField
          label="Action"
          name="action"
          defaultValue={query.action ?? ""}
          options={[ANY, ...log.actions.map((a) => ({ value: a, label: a }))]}
        />
        <SelectField
          label="Outcome"
          name="outcome"
          defaultValue={query.outcome ?? ""}
          options={[ANY, ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))]}
        />
        <TextField
          label="From"
          name="from"
          type="date"
          defaultValue={query.from ?? ""}
          min={EARLIEST_DAY}
          max={LATEST_DAY}
          hint={`A day in ${log.timeZone}, included`}
        />
        <TextField
          label="To"
          name="to"
          type="date"
          defaultValue={query.to ?? ""}
          min={EARLIEST_DAY}
          max={LATEST_DAY}
          hint={`A day in ${log.timeZone}, included`}
        />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit">Show events</Button>
        <Link href="/settings/audit" className="text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
