import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/password-forms";
import { Section } from "@/components/ui/section";
import { requireSignedInUser } from "@/lib/dal/viewer";

export const metadata: Metadata = { title: "Your account" };

/** Every signed-in person's own login: staff and clients alike. */
export default async function AccountPage() {
  const user = await requireSignedInUser();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Your account</h1>
      <Section id="password" title="Change your password">
        <p className="mb-4 text-sm text-slate-700">
          Signed in as {user.displayName}. Changing your password signs you out everywhere else.
        </p>
        <ChangePasswordForm />
      </Section>
    </>
  );
}
