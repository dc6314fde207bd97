import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSignedInUser } from "@/lib/dal/viewer";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getSignedInUser()) redirect("/");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-700">Unknot</p>
      <h1 className="mt-2 text-2xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-slate-700">For therapists, practice staff and clients with a portal login.</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm />
      </div>
    </main>
  );
}
