import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ForgotPasswordForm } from "@/components/auth/password-forms";

export const metadata: Metadata = { title: "Forgot your password" };

export default async function ForgotPasswordPage() {
  // Rendered per request: a prerendered page has no CSP nonce, so its scripts would be blocked.
  await connection();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-700">Unknot</p>
      <h1 className="mt-2 text-2xl font-semibold">Forgot your password?</h1>
      <p className="mt-1 text-sm text-slate-700">
        Enter the email address you sign in with. We will email you a link to choose a new password.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <ForgotPasswordForm />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-700 underline">
          Back to sign-in
        </Link>
      </p>
    </main>
  );
}
