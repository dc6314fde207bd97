import type { Metadata } from "next";
import Link from "next/link";
import { BookingForm } from "@/components/booking/booking-form";
import { ChosenAppointment } from "@/components/booking/chosen-appointment";
import { PracticeHeader } from "@/components/booking/practice-header";
import { getBookingChoice } from "@/lib/dal/booking";
import { bookAction } from "../actions";

export const metadata: Metadata = { title: "Confirm your appointment" };

type Query = { type?: string | string[]; therapist?: string | string[]; start?: string | string[] };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const backLink = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2";

/** The confirmation step: the chosen time in words, the pre-screen and the person's details. */
export default async function ConfirmBookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Query>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const asked = { type: one(query.type), therapist: one(query.therapist), start: one(query.start) };
  const choice = await getBookingChoice(slug, asked);
  // Back to the booking page with the same choices (the chosen ones when the time is known).
  const picked = choice
    ? { therapist: choice.therapistId, type: choice.type.id, day: choice.day }
    : { therapist: asked.therapist, type: asked.type };
  const back = `/book/${slug}?${new URLSearchParams(
    Object.entries(picked).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )}`;

  if (!choice || !choice.stillFree) {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-6">
        <p className="text-lg font-bold tracking-tight text-brand-700">{choice?.practice.name ?? "Book online"}</p>
        <h1 className="mt-4 text-2xl font-semibold">
          {choice ? "That time is no longer available" : "We could not find that time"}
        </h1>
        <p className="mt-2 text-slate-700">
          {choice
            ? "Someone may have just booked it, or it is too close to now to book online. Please choose another time."
            : "The link does not name a time we offer. Please choose a time from the list."}
        </p>
        <p className="mt-4">
          <Link href={back} className={backLink}>
            {choice ? "See the free times on that day" : "Choose a time"}
          </Link>
        </p>
      </main>
    );
  }

  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-6">
      <PracticeHeader practice={choice.practice} title="Confirm your appointment" />
      <ChosenAppointment choice={choice} />
      <p className="mt-2">
        <Link href={back} className={backLink}>
          Choose a different time
        </Link>
      </p>
      <div className="mt-6">
        <BookingForm
          action={bookAction.bind(null, slug)}
          questions={choice.questions}
          chosen={{ typeId: choice.type.id, therapistId: choice.therapistId, start: choice.start }}
          practice={{ name: choice.practice.name, phone: choice.practice.phone }}
          timesHref={back}
        />
      </div>
    </main>
  );
}
