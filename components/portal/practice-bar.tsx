import Link from "next/link";
import type { MyPractice } from "@/lib/dal/client-practices";

/** For a client of several practices: whose portal this is, and the way to another's. */
export function PracticeBar({ practices }: { practices: MyPractice[] }) {
  const current = practices.find((p) => p.current);
  if (practices.length < 2 || !current) return null;
  return (
    <p className="mb-4 flex flex-wrap items-center gap-x-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <span className="wrap-anywhere">
        Showing <span className="font-medium">{current.name}</span>
      </span>
      <Link href="/portal/practice" className="text-brand-700 underline">
        Switch practice
      </Link>
    </p>
  );
}
