import { redirect } from "next/navigation";
import { myPractices } from "@/lib/dal/client-practices";
import { getSignedInUser } from "@/lib/dal/viewer";

/** The front door sends each person where their work is; a client of several practices chooses one first. */
export default async function Home() {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  if (user.role === "client" && (await myPractices()).length > 1) redirect("/portal/practice");
  redirect(user.home);
}
