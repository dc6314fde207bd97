import type { BookableType } from "@/lib/dal/booking";

/** "60 minutes · £65": what a type takes and costs, as the booking pages say it. */
export function typeDetail(type: Pick<BookableType, "lengthMinutes" | "priceText">): string {
  return [`${type.lengthMinutes} minutes`, type.priceText].filter(Boolean).join(" · ");
}
