import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_IN_WORDS, STAFF_INVITATION_GONE } from "@/components/settings/staff-messages";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { checkStaffInvitation } from "@/lib/dal/staff-invitations";
import { acceptStaffInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Your invitation" };

/** The emailed link that makes someone a member of a practice's staff. */
export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await checkStaffInvitation(token);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-700">Unknot</p>
      {invitation.state === "valid" ? (
        <>
          <h1 className="mt-2 text-2xl font-semibold">Welcome, {invitation.displayName}</h1>
          <p className="mt-1 text-sm text-slate-700">
            You are invited to {invitation.practiceName} as {ROLE_IN_WORDS[invitation.role]}. Choose a password for{" "}
            {invitation.email}; you will sign in with it.
          </p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <SetPasswordForm
              action={acceptStaffInvitationAction.bind(null, token)}
              email={invitation.email}
              submitLabel="Set password and sign in"
            />
          </div>
        </>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-semibold">{STAFF_INVITATION_GONE[invitation.state].title}</h1>
          <p className="mt-2 text-slate-700">{STAFF_INVITATION_GONE[invitation.state].text}</p>
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
