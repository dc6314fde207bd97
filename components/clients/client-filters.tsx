import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { CLIENT_STATUSES } from "@/lib/domain/client-status";
import type { ClientTableQuery } from "@/lib/validation/client-table";
import { STATUS_NAMES } from "./client-messages";

const ANY = { value: "", label: "Any" };

/**
 * The client table's search and filters: a GET form, so the address holds them (shareable,
 * and the back button returns to the same page of the same table).
 */
export function ClientFilters({
  query,
  therapists,
  clinical,
}: {
  query: ClientTableQuery;
  therapists: { id: string; name: string }[];
  /** Whether the viewer may filter by the clinical record (flags, plans, adherence): not the front desk. */
  clinical: boolean;
}) {
  return (
    <form
      // A new form for each address, so following a link (Clear, a sort) never leaves the old choices showing.
      key={JSON.stringify(query)}
      method="get"
      action="/clients"
      aria-label="Find clients"
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          label="Search"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          hint="The start of a name, an email or a phone number"
          className="sm:col-span-2"
        />
        <SelectField
          label="Therapist"
          name="therapist"
          defaultValue={query.therapist ?? ""}
          options={[
            ANY,
            ...therapists.map((t) => ({ value: t.id, label: t.name })),
            { value: "none", label: "None assigned" },
          ]}
        />
        <SelectField
          label="Status"
          name="status"
          defaultValue={query.status ?? ""}
          options={[ANY, ...CLIENT_STATUSES.map((value) => ({ value, label: STATUS_NAMES[value] }))]}
        />
        {clinical ? (
          <>
            <SelectField
              label="Red flags"
              name="flag"
              defaultValue={query.flag ?? ""}
              options={[ANY, { value: "open", label: "A stop flag is open" }]}
            />
            <SelectField
              label="Home plan"
              name="plan"
              defaultValue={query.plan ?? ""}
              options={[ANY, { value: "active", label: "Active plan" }, { value: "none", label: "No active plan" }]}
            />
          </>
        ) : null}
        <SelectField
          label="Last visit"
          name="visit"
          defaultValue={query.visit ?? ""}
          options={[
            ANY,
            { value: "30d", label: "In the last 30 days" },
            { value: "90d", label: "In the last 90 days" },
            { value: "over-90d", label: "More than 90 days ago" },
            { value: "never", label: "No visit yet" },
          ]}
        />
        <SelectField
          label="Next appointment"
          name="next"
          defaultValue={query.next ?? ""}
          options={[ANY, { value: "booked", label: "Booked" }, { value: "none", label: "None booked" }]}
        />
        {clinical ? (
          <SelectField
            label="Adherence (30 days)"
            name="adherence"
            defaultValue={query.adherence ?? ""}
            options={[ANY, { value: "below-50", label: "Below 50%" }]}
          />
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit">Show clients</Button>
        <Link href="/clients" className="text-brand-700 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
