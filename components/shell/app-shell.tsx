import Link from "next/link";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import type { SignedInUser } from "@/lib/dal/viewer";

/** Each section of the app the navigation can offer, in order (the policy decides who gets which). */
const SECTION_LINKS: Record<SignedInUser["sections"][number], { href: string; label: string }[]> = {
  dashboard: [{ href: "/dashboard", label: "Today" }],
  clients: [{ href: "/clients", label: "Clients" }],
  calendar: [{ href: "/calendar", label: "Calendar" }],
  library: [{ href: "/library", label: "Library" }],
  outbox: [{ href: "/outbox", label: "Outbox" }],
  settings: [{ href: "/settings/availability", label: "Availability" }],
  admin: [
    { href: "/settings/staff", label: "Staff" },
    { href: "/settings/practice", label: "Practice" },
    { href: "/settings/audit", label: "Audit log" },
  ],
  portal: [
    { href: "/portal", label: "Today" },
    { href: "/portal/progress", label: "Progress" },
    { href: "/portal/outcomes", label: "Questionnaires" },
    { href: "/portal/appointments", label: "Appointments" },
    { href: "/portal/report", label: "Report a symptom" },
    { href: "/portal/reminders", label: "Reminders" },
  ],
};

const roleLabel: Record<SignedInUser["role"], string> = {
  admin: "Practice admin",
  therapist: "Therapist",
  frontdesk: "Front desk",
  client: "Client",
};

/** Header, role-aware navigation and sign-out around every signed-in page. */
export function AppShell({ viewer, children }: { viewer: SignedInUser; children: React.ReactNode }) {
  const links = viewer.sections.flatMap((section) => SECTION_LINKS[section]);
  return (
    <>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href={viewer.home} className="text-lg font-bold tracking-tight text-brand-700">
            Unknot
          </Link>
          <nav aria-label="Main" className="flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="font-medium text-slate-800 hover:text-brand-700 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span>
              <span className="font-medium">{viewer.displayName}</span>
              <span className="text-slate-600"> · {roleLabel[viewer.role]}</span>
            </span>
            <Link href="/settings/account" className="text-brand-700 underline">
              Account
            </Link>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md border border-slate-400 px-3 py-1 font-medium hover:bg-slate-100"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
