import Link from "next/link";

/** What a missing page, or one the viewer may not open, says: the same words either way. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          Go to your start page
        </Link>
      </p>
    </div>
  );
}
