import Link from "next/link";

/**
 * One list of the dashboard: a heading with how many there are, each item a link to where to
 * act, and a line saying how many more there are beyond those shown.
 */
export function AttentionList<T>({
  id,
  title,
  total,
  items,
  empty,
  more,
  render,
}: {
  id: string;
  title: string;
  total: number;
  items: T[];
  empty: string;
  /** Where the whole list is, when more than the shown items exist. */
  more?: { href: string; label: string };
  render: (item: T) => { key: string; href: string; label: React.ReactNode; note?: React.ReactNode; own?: boolean };
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-heading`} className="mb-2 text-lg font-semibold">
        {title} <span className="text-base font-normal text-slate-700">({total})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className="space-y-1.5">
          {items.map((item) => {
            const row = render(item);
            return (
              <li key={row.key} className="text-sm">
                <Link href={row.href} className="font-medium text-brand-700 underline">
                  {row.label}
                </Link>
                {row.own ? (
                  <span className="ml-1 rounded bg-brand-50 px-1.5 text-xs text-brand-900">your client</span>
                ) : null}
                {row.note ? <span className="text-slate-700"> — {row.note}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {more && total > items.length ? (
        <p className="mt-2 text-sm">
          {total - items.length} more.{" "}
          <Link href={more.href} className="text-brand-700 underline">
            {more.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
