import Link from "next/link";

/**
 * The page an emailed invitation link opens, a client's or a staff member's: a welcome with the
 * password form while the link can be used, otherwise why not and the way to sign-in.
 */
export function InvitationScreen({
  welcome,
  gone,
  children,
}: {
  /** The greeting and what the password is for; null once the link cannot be used. */
  welcome: { name: string; intro: React.ReactNode } | null;
  /** Why the link cannot be used (shown when `welcome` is null). */
  gone: { title: string; text: string } | null;
  /** The password form. */
  children?: React.ReactNode;
}) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-700">Unknot</p>
      {welcome ? (
        <>
          <h1 className="mt-2 text-2xl font-semibold">Welcome, {welcome.name}</h1>
          <p className="mt-1 text-sm text-slate-700">{welcome.intro}</p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        </>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-semibold">{gone?.title}</h1>
          <p className="mt-2 text-slate-700">{gone?.text}</p>
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
