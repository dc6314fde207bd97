// A bench floor (npm run bench): the bare page plus the session check every signed-in page makes.
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { benchEnabled } from "@/lib/bench";
import { getSignedInUser } from "@/lib/dal/viewer";

export default async function SessionFloor() {
  await connection();
  if (!benchEnabled()) notFound();
  const user = await getSignedInUser();
  return (
    <main id="main" className="px-4 py-6">
      <h1>{user ? "Signed in" : "Signed out"}</h1>
    </main>
  );
}
