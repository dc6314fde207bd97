import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { getUnsubscribeLink } from "@/lib/dal/homework-reminders";
import { unsubscribeAction } from "./actions";

// The address is a key to someone's reminders: keep it out of search engines.
export const metadata: Metadata = { title: "Homework reminders", robots: { index: false, follow: false } };

const frame = "mx-auto max-w-xl px-4 py-6";

/**
 * The link in every homework reminder: one button turns the reminders off, with no sign-in. A
 * button rather than the link itself, so a mail program that opens links to check them does not
 * turn anyone's reminders off.
 */
export default async function UnsubscribeRemindersPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await getUnsubscribeLink(token);
  if (!link) {
    return (
      <main id="main" className={frame}>
        <h1 className="text-2xl font-semibold">This link is not valid</h1>
        <p className="mt-2 text-slate-700">
          Use the link in your latest reminder email, or sign in to the portal and turn reminders off under Reminders.
        </p>
      </main>
    );
  }
  return (
    <main id="main" className={frame}>
      {link.enabled ? (
        <>
          <h1 className="text-2xl font-semibold">Stop homework reminders?</h1>
          <p className="mt-2 text-slate-700">
            The daily email from {link.practiceName} that reminds you of your home plan.
          </p>
          <form action={unsubscribeAction.bind(null, token)} className="mt-4">
            <Button type="submit" className="min-h-11">
              Stop reminders
            </Button>
          </form>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">Homework reminders are off</h1>
          <p role="status" className="mt-2 text-slate-700">
            You will get no more reminder emails from {link.practiceName}. To turn them on again, sign in to the portal
            and choose a time under Reminders.
          </p>
        </>
      )}
    </main>
  );
}
