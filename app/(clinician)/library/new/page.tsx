import type { Metadata } from "next";
import { LibraryItemForm } from "@/components/library/library-item-form";
import { listLibrary } from "@/lib/dal/plan-library";
import { createLibraryItemAction } from "../actions";

export const metadata: Metadata = { title: "New library item" };

export default async function NewLibraryItemPage() {
  await listLibrary(); // staff only: clients get not-found here too
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">New library item</h1>
      <LibraryItemForm action={createLibraryItemAction} />
    </>
  );
}
