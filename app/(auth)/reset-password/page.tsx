import type { Metadata } from "next";
import Link from "next/link";
import { RESET_LINK_GONE } from "@/components/auth/account-messages";
import { ResetPasswordForm } from "@/components/auth/password-forms";
import { checkPasswordReset } from "@/lib/dal/password-reset";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const { state } = await checkPasswordReset(token);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-700">Unknot</p>
      {state === "valid" ? (
        <>
          <h1 className="mt-2 text-2xl font-semibold">Choose a new password</h1>
          <p className="mt-1 text-sm text-slate-700">Every session of your login ends when you set it.</p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <ResetPasswordForm token={token} />
          </div>
        </>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-semibold">{RESET_LINK_GONE[state].title}</h1>
          <p className="mt-2 text-slate-700">{RESET_LINK_GONE[state].text}</p>
          <p className="mt-6">
            <Link href="/forgot-password" className="text-brand-700 underline">
              Ask for a new link
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
