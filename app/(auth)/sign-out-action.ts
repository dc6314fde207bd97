"use server";

import { signOut } from "@/lib/auth/config";
import { endCurrentSession } from "@/lib/dal/sessions";

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/sign-in" });
}
