import type { Metadata } from "next";
import { InvitationScreen } from "@/components/auth/invitation-screen";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ROLE_IN_WORDS, STAFF_INVITATION_GONE } from "@/components/settings/staff-messages";
import { checkStaffInvitation } from "@/lib/dal/staff-invitations";
import { acceptStaffInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Your invitation" };

/** The emailed link that makes someone a member of a practice's staff. */
export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await checkStaffInvitation(token);
  return (
    <InvitationScreen
      welcome={
        invitation.state === "valid"
          ? {
              name: invitation.displayName,
              intro: `You are invited to ${invitation.practiceName} as ${ROLE_IN_WORDS[invitation.role]}. Choose a password for ${invitation.email}; you will sign in with it.`,
            }
          : null
      }
      gone={invitation.state === "valid" ? null : STAFF_INVITATION_GONE[invitation.state]}
    >
      {invitation.state === "valid" ? (
        <SetPasswordForm
          action={acceptStaffInvitationAction.bind(null, token)}
          email={invitation.email}
          submitLabel="Set password and sign in"
        />
      ) : null}
    </InvitationScreen>
  );
}
