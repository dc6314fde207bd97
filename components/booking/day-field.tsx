import { TextField } from "@/components/ui/text-field";
import { dayInWords } from "./day-words";

/** The day to see free times of, bounded by the days booking is open (today to the horizon). */
export function DayField({
  day,
  firstDay,
  lastDay,
  error,
}: {
  day: string;
  firstDay: string;
  lastDay: string;
  error?: string;
}) {
  return (
    <TextField
      label="Day"
      name="day"
      type="date"
      min={firstDay}
      max={lastDay}
      defaultValue={day}
      hint={`From ${dayInWords(firstDay)} to ${dayInWords(lastDay, true)}.`}
      error={error}
      className="[&_input]:min-h-11"
    />
  );
}
