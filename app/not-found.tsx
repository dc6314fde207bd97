import { NotFoundMessage } from "@/components/not-found-message";

/** Outside the signed-in frame (an unknown address, a public page): the page's own main landmark. */
export default function NotFound() {
  return (
    <main id="main" className="px-4 py-6">
      <NotFoundMessage />
    </main>
  );
}
