import { redirect } from "next/navigation";
import { getViewer } from "@/lib/dal/viewer";

/** The front door sends each person where their work is. */
export default async function Home() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  redirect(viewer.role === "client" ? "/portal" : "/clients");
}
