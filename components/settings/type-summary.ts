import type { AppointmentTypeInput } from "@/lib/validation/availability";

/** "60 min + 15 min after · £65 · new clients may book online · inactive" */
export function typeSummary(t: AppointmentTypeInput): string {
  return [
    `${t.lengthMinutes} min${t.bufferMinutes ? ` + ${t.bufferMinutes} min after` : ""}`,
    t.priceText,
    t.bookableOnline ? "new clients may book online" : "staff and the client portal only",
    t.active ? null : "inactive",
  ]
    .filter(Boolean)
    .join(" · ");
}
