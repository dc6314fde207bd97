import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { checkInvitation } from "@/lib/dal/invitations";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Your invitation" };

const GONE = {
  invalid: {
    title: "This link is not valid",
    text: "Check that you opened the whole link from the email, or ask your therapist for a new invitation.",
  },
  expired: {
    title: "This link has expired",
    text: "Invitation links work for 72 hours. Ask your therapist to send a new one.",
  },
  used: {
    title: "This link has already been used",
    text: "Your password is set: sign in with your email and password.",
  },
  revoked: {
    title: "This invitation is no longer valid",
    text: "A newer invitation replaced it, or your therapist withdrew it. Open the link in the latest invitation email, or ask your therapist for a new one.",
  },
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await checkInvitation(token);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-700">Unknot</p>
      {invitation.state === "valid" ? (
        <>
          <h1 className="mt-2 text-2xl font-semibold">Welcome, {invitation.givenName}</h1>
          <p className="mt-1 text-sm text-slate-700">
            Choose a password for {invitation.email}. You will use it to open your home plan.
          </p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <SetPasswordForm
              action={acceptInvitationAction.bind(null, token)}
              email={invitation.email}
              submitLabel="Set password and open my plan"
            />
          </div>
        </>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-semibold">{GONE[invitation.state].title}</h1>
          <p className="mt-2 text-slate-700">{GONE[invitation.state].text}</p>
          <p className="mt-6">
            <Link href="/sign-in" className="text-brand-700 underline">
              Go to sign-in
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
