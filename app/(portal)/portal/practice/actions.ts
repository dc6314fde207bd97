"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { switchPractice } from "@/lib/dal/client-practices";

/** Moves the session to another of the client's practices, then opens its Today. */
export async function switchPracticeAction(practiceId: string): Promise<void> {
  await switchPractice(String(practiceId));
  revalidatePath("/portal", "layout");
  redirect("/portal");
}
