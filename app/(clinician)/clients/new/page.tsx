import type { Metadata } from "next";
import { ClientForm } from "@/components/clients/client-form";
import { getNewClientForm } from "@/lib/dal/client-records";
import { createClientAction } from "../actions";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  const { therapists } = await getNewClientForm();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">New client</h1>
      <ClientForm action={createClientAction} therapists={therapists} submitLabel="Create client" />
    </>
  );
}
