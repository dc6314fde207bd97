// Who is signed in, as the app's frame shows them.
import "server-only";
import { redirect } from "next/navigation";
import { homeOf, mayAtAll, type Role } from "./policy";
import { getViewer } from "./internal/viewer";

export type { Role } from "./policy";

/** The signed-in person as the app's frame shows them: no ids leave the server. */
export interface SignedInUser {
  displayName: string;
  role: Role;
  /** Where their work starts. */
  home: "/portal" | "/dashboard";
  /** The parts of the app the navigation offers them (the policy decides). */
  sections: ("dashboard" | "clients" | "calendar" | "library" | "outbox" | "settings" | "admin" | "portal")[];
  /** Whether they may open a client's clinical record (the front desk may not: contact details only). */
  mayOpenChart: boolean;
  timeZone: string;
}

function toSignedIn(viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>): SignedInUser {
  const { role } = viewer;
  const sections: SignedInUser["sections"] = [];
  if (mayAtAll(role, "dashboard.read")) sections.push("dashboard");
  if (mayAtAll(role, "client.list")) sections.push("clients");
  if (mayAtAll(role, "calendar.read")) sections.push("calendar");
  if (mayAtAll(role, "library.list")) sections.push("library");
  if (mayAtAll(role, "outbox.read")) sections.push("outbox");
  if (mayAtAll(role, "availability.edit") || mayAtAll(role, "booking.settings")) sections.push("settings");
  if (mayAtAll(role, "staff.manage")) sections.push("admin");
  if (mayAtAll(role, "portal.today")) sections.push("portal");
  return {
    displayName: viewer.displayName,
    role,
    home: homeOf(role),
    sections,
    mayOpenChart: mayAtAll(role, "chart.read"),
    timeZone: viewer.timeZone,
  };
}

/** Who is signed in, or null (the sign-in page and the front door ask). */
export async function getSignedInUser(): Promise<SignedInUser | null> {
  const viewer = await getViewer();
  return viewer ? toSignedIn(viewer) : null;
}

/** Who is signed in, or a redirect to sign-in (the frame of every signed-in page). */
export async function requireSignedInUser(): Promise<SignedInUser> {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  return user;
}
