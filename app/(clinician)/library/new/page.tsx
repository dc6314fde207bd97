import type { Metadata } from "next";
import { LibraryItemForm } from "@/components/library/library-item-form";
import { getNewLibraryItemForm } from "@/lib/dal/library";
import { createLibraryItemAction } from "../actions";

export const metadata: Metadata = { title: "New library item" };

export default async function NewLibraryItemPage() {
  await getNewLibraryItemForm();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">New library item</h1>
      <LibraryItemForm action={createLibraryItemAction} />
    </>
  );
}
