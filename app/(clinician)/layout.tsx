import { AppShell } from "@/components/shell/app-shell";
import { requireSignedInUser } from "@/lib/dal/viewer";

// Navigation only: every page here reads through lib/dal, which decides what the viewer may see.
export default async function ClinicianLayout({ children }: { children: React.ReactNode }) {
  return <AppShell viewer={await requireSignedInUser()}>{children}</AppShell>;
}
