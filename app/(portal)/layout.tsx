import { PracticeBar } from "@/components/portal/practice-bar";
import { SafetyBox } from "@/components/portal/safety-box";
import { AppShell } from "@/components/shell/app-shell";
import { myPractices } from "@/lib/dal/client-practices";
import { requireSignedInUser } from "@/lib/dal/viewer";

// Navigation only: every page here reads through lib/dal, which decides what the viewer may see.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSignedInUser();
  return (
    <AppShell viewer={viewer}>
      {viewer.role === "client" ? <PracticeBar practices={await myPractices()} /> : null}
      <SafetyBox />
      {children}
    </AppShell>
  );
}
