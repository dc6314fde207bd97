import type { Metadata } from "next";
import { PracticeSettingsForm } from "@/components/settings/practice-settings-form";
import { Section } from "@/components/ui/section";
import { getPracticeSettings } from "@/lib/dal/practice-settings";
import { savePracticeSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Practice" };

/** The practice's own settings (admin only): what clients see of it and the clock it keeps. */
export default async function PracticeSettingsPage() {
  const settings = await getPracticeSettings();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Practice</h1>
      <Section id="practice" title="Practice details">
        <PracticeSettingsForm action={savePracticeSettingsAction} settings={settings} />
      </Section>
    </>
  );
}
