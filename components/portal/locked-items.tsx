import type { HomeworkItem } from "@/lib/dal/portal";

/**
 * The items of a phase that is not open yet, one line each: the client sees what comes next
 * without scrolling past steps they cannot do today. The rule that opens the phase is said
 * above them (components/plan/strengthen-lock.tsx).
 */
export function LockedItems({ items }: { items: HomeworkItem[] }) {
  return (
    <ul aria-label="Coming next" className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.itemId} className="flex items-center gap-2 px-3 py-1 text-slate-800">
          <LockIcon />
          <span>
            {item.name}
            <span className="sr-only"> (locked)</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 shrink-0 fill-none stroke-current stroke-[1.5]">
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </svg>
  );
}
