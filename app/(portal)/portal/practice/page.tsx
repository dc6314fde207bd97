import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { myPractices } from "@/lib/dal/client-practices";
import { switchPracticeAction } from "./actions";

export const metadata: Metadata = { title: "Your practices" };

/** A client of several practices chooses whose plan, appointments and messages the portal shows. */
export default async function ChoosePracticePage() {
  const practices = await myPractices();
  return (
    <section aria-labelledby="practices-heading" className="max-w-xl">
      <h1 id="practices-heading" className="text-2xl font-semibold">
        Your practices
      </h1>
      <p className="mt-1 text-slate-700">
        You are a client of {practices.length === 1 ? "one practice" : `${practices.length} practices`}. Each keeps its
        own plan, appointments and notes; choose which one to open.
      </p>
      <ul className="mt-4 space-y-3">
        {practices.map((practice) => (
          <li key={practice.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <form action={switchPracticeAction.bind(null, practice.id)} className="flex flex-wrap items-center gap-3">
              <span className="flex-1 font-medium wrap-anywhere">{practice.name}</span>
              {practice.current ? <span className="text-sm text-slate-700">Open now</span> : null}
              <Button type="submit" variant={practice.current ? "secondary" : "primary"}>
                Open {practice.name}
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
