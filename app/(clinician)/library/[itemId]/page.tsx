import type { Metadata } from "next";
import Link from "next/link";
import { ItemIllustration } from "@/components/illustrations/item-illustration";
import { ItemPictureForm } from "@/components/library/item-picture-form";
import { LibraryItemForm } from "@/components/library/library-item-form";
import { Button } from "@/components/ui/button";
import { PublishedPlan } from "@/components/plan/published-plan";
import { getLibraryItem } from "@/lib/dal/library";
import { publishedEntryOf } from "@/lib/domain/plan-builder";
import { updateLibraryItemAction } from "../actions";
import { removeItemImageAction, saveItemImageAction } from "../image-actions";

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
        <>
          <LibraryItemForm action={updateLibraryItemAction.bind(null, item.id)} item={item} />
          <section
            aria-labelledby="picture-heading"
            className="mt-8 max-w-2xl space-y-3 border-t border-slate-200 pt-4"
          >
            <h2 id="picture-heading" className="text-lg font-semibold">
              Picture
            </h2>
            {item.picture ? (
              <div className="flex flex-wrap items-end gap-3">
                <ItemIllustration itemId={item.id} picture={item.picture} />
                <form action={removeItemImageAction.bind(null, item.id)}>
                  <Button type="submit" variant="secondary">
                    Remove picture
                  </Button>
                </form>
              </div>
            ) : (
              <p className="text-sm text-slate-700">No picture yet: the client sees the steps only.</p>
            )}
            <ItemPictureForm
              action={saveItemImageAction.bind(null, item.id)}
              alt={item.picture?.alt}
              replacing={item.picture !== null}
            />
          </section>
        </>
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
