import type { Metadata } from "next";
import { InvitationScreen } from "@/components/auth/invitation-screen";
import { InvitationSignInForm } from "@/components/auth/invitation-sign-in-form";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { checkInvitation } from "@/lib/dal/invitations";
import { acceptBySignInAction, acceptInvitationAction } from "./actions";

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
  taken: {
    title: "This address cannot accept the invitation",
    text: "It belongs to a practice's staff login, or to another client of this practice. Ask your therapist to invite another email address.",
  },
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await checkInvitation(token);
  if (invitation.state !== "valid") return <InvitationScreen welcome={null} gone={GONE[invitation.state]} />;
  const { email, givenName, practiceName } = invitation;
  // An address that already has a client login (a client of another practice) signs in with it.
  return invitation.accept === "sign-in" ? (
    <InvitationScreen
      welcome={{
        name: givenName,
        intro: `${practiceName} has invited you to its portal. You already have an Unknot login for ${email}: sign in with its password to add ${practiceName} to it. You can switch between your practices after signing in.`,
      }}
      gone={null}
    >
      <InvitationSignInForm action={acceptBySignInAction.bind(null, token)} email={email} />
    </InvitationScreen>
  ) : (
    <InvitationScreen
      welcome={{ name: givenName, intro: `Choose a password for ${email}. You will use it to open your home plan.` }}
      gone={null}
    >
      <SetPasswordForm
        action={acceptInvitationAction.bind(null, token)}
        email={email}
        submitLabel="Set password and open my plan"
      />
    </InvitationScreen>
  );
}
