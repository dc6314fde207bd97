import type { Metadata } from "next";
import { ClientFrame } from "@/components/clients/client-frame";
import { IntakeForm } from "@/components/intake/intake-form";
import { getNewIntakeScreen } from "@/lib/dal/intakes";
import { formatDateTime } from "@/lib/format";
import { createIntakeAction } from "../actions";

export const metadata: Metadata = { title: "New intake" };

export default async function NewIntakePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { header, prefill, timeZone } = await getNewIntakeScreen(id);
  return (
    <ClientFrame header={header}>
      <h2 className="mb-4 text-xl font-semibold">New intake</h2>
      <IntakeForm
        action={createIntakeAction.bind(null, id)}
        prefill={prefill && { ...prefill, sentOn: formatDateTime(prefill.submittedAt, timeZone) }}
      />
    </ClientFrame>
  );
}
