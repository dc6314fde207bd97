import type { Metadata } from "next";
import Link from "next/link";
import { LibraryItemForm } from "@/components/library/library-item-form";
import { PublishedPlan } from "@/components/plan/published-plan";
import { getLibraryItem } from "@/lib/dal/library";
import { publishedEntryOf } from "@/lib/domain/plan-builder";
import { updateLibraryItemAction } from "../actions";

export const metadata: Metadata = { title: "Library item" };

export default async function LibraryItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await params;
  const item = await getLibraryItem(itemId);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/library" className="text-brand-700 underline">
          ← Library
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold">{item.name}</h1>
      {item.custom ? (
        <LibraryItemForm action={updateLibraryItemAction.bind(null, item.id)} item={item} />
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700">
            A reference item: read-only. Progressions: {item.progressions.join(" → ") || "none"}.
          </p>
          <PublishedPlan entries={[publishedEntryOf(item, { dosage: item.dosage, note: null }, [])]} />
        </>
      )}
    </>
  );
}
