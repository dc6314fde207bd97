import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { NewAppointmentForm } from "@/lib/dal/appointments";

/**
 * Finding the client to book for: a GET search (?q=) whose results are links that choose the
 * client (?client=), keeping the type, therapist and day already chosen.
 */
export function ClientSearch({
  form,
  search,
  keep,
}: {
  form: NewAppointmentForm;
  search: string;
  keep: Record<string, string>;
}) {
  const searched = search.trim().length >= 2;
  return (
    <>
      <form
        method="get"
        action="/calendar/new"
        role="search"
        aria-label="Find a client"
        className="flex flex-wrap items-end gap-3"
      >
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextField
          label="Find a client"
          name="q"
          id="client-search"
          type="search"
          defaultValue={search}
          hint="Name, email or phone; at least 2 characters."
          className="min-w-0 flex-1 sm:max-w-md"
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {searched ? (
        form.matches.length === 0 ? (
          <p role="status" className="mt-3">
            No client matches “{search.trim()}”.{" "}
            <Link href="/clients/new" className="text-brand-700 underline">
              Add a new client
            </Link>
          </p>
        ) : (
          <>
            <h3 id="matches-heading" className="mt-4 font-semibold">
              {form.matches.length === 1 ? "1 client found" : `${form.matches.length} clients found`}
            </h3>
            <ul aria-labelledby="matches-heading" className="mt-2 divide-y divide-slate-200">
              {form.matches.map((m) => (
                <li key={m.id} className="py-2">
                  <Link
                    href={`/calendar/new?${new URLSearchParams({ ...keep, client: m.id })}`}
                    className="font-semibold text-brand-700 underline"
                  >
                    {m.name}
                  </Link>
                  <span className="block text-sm break-words text-slate-700">
                    {[m.email, m.phone].filter(Boolean).join(" · ") || "No contact details"}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </>
  );
}
