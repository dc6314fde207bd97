import type { Metadata } from "next";
import { InvitationScreen } from "@/components/auth/invitation-screen";
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
    <InvitationScreen
      welcome={
        invitation.state === "valid"
          ? {
              name: invitation.givenName,
              intro: `Choose a password for ${invitation.email}. You will use it to open your home plan.`,
            }
          : null
      }
      gone={invitation.state === "valid" ? null : GONE[invitation.state]}
    >
      {invitation.state === "valid" ? (
        <SetPasswordForm
          action={acceptInvitationAction.bind(null, token)}
          email={invitation.email}
          submitLabel="Set password and open my plan"
        />
      ) : null}
    </InvitationScreen>
  );
}
