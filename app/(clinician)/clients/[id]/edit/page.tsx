import type { Metadata } from "next";
import { ClientForm } from "@/components/clients/client-form";
import { getClient } from "@/lib/dal/clients";
import { listTherapists } from "@/lib/dal/client-records";
import { updateClientAction } from "../../actions";

export const metadata: Metadata = { title: "Edit client" };

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [client, therapists] = await Promise.all([getClient(id), listTherapists()]);
  return (
    <>
      <h2 className="mb-4 text-xl font-semibold">Edit details</h2>
      <ClientForm
        action={updateClientAction.bind(null, id)}
        therapists={therapists}
        values={client}
        submitLabel="Save details"
      />
    </>
  );
}
