import type { Metadata } from "next";
import { ClientForm } from "@/components/clients/client-form";
import { ClientFrame } from "@/components/clients/client-frame";
import { getClientForm } from "@/lib/dal/client-records";
import { updateClientAction } from "../../actions";

export const metadata: Metadata = { title: "Edit client" };

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { header, values, therapists } = await getClientForm(id);
  return (
    <ClientFrame header={header}>
      <h2 className="mb-4 text-xl font-semibold">Edit details</h2>
      <ClientForm
        action={updateClientAction.bind(null, id)}
        therapists={therapists}
        values={values}
        submitLabel="Save details"
      />
    </ClientFrame>
  );
}
