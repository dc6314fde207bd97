import { redirect } from "next/navigation";
import { getSignedInUser } from "@/lib/dal/viewer";

/** The front door sends each person where their work is. */
export default async function Home() {
  const user = await getSignedInUser();
  redirect(user ? user.home : "/sign-in");
}
