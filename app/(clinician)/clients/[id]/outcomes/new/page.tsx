import type { Metadata } from "next";
import Link from "next/link";
import { ClientFrame } from "@/components/clients/client-frame";
import { LefsForm, NprsForm, PsfsForm } from "@/components/outcomes/clinic-outcome-forms";
import { Section } from "@/components/ui/section";
import { getOutcomeRecordScreen } from "@/lib/dal/outcomes";
import { recordLefsAction, recordNprsAction, recordPsfsAction } from "../actions";

export const metadata: Metadata = { title: "Record outcome measures" };

export default async function RecordOutcomesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { header, psfsActivities } = await getOutcomeRecordScreen(id);
  return (
    <ClientFrame header={header}>
      <h2 className="mb-2 text-xl font-semibold">Record outcome measures</h2>
      <p className="mb-4">
        <Link href={`/clients/${id}#outcomes`} className="text-brand-700 underline">
          Back to the client&apos;s outcome measures
        </Link>
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Section id="nprs" title="Pain (NPRS)">
          <NprsForm action={recordNprsAction.bind(null, id)} />
        </Section>
        <Section id="psfs" title="Activities (PSFS)">
          <PsfsForm action={recordPsfsAction.bind(null, id)} activities={psfsActivities} />
        </Section>
        <Section id="lefs" title="Lower Extremity Functional Scale (LEFS)" className="lg:col-span-2">
          <LefsForm action={recordLefsAction.bind(null, id)} />
        </Section>
      </div>
    </ClientFrame>
  );
}
