import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          Go to your start page
        </Link>
      </p>
    </main>
  );
}
