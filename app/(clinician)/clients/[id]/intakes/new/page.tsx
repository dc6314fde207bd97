import type { Metadata } from "next";
import { IntakeForm } from "@/components/intake/intake-form";
import { createIntakeAction } from "../actions";

export const metadata: Metadata = { title: "New intake" };

export default async function NewIntakePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <h2 className="mb-4 text-xl font-semibold">New intake</h2>
      <IntakeForm action={createIntakeAction.bind(null, id)} />
    </>
  );
}
