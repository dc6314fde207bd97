"use server";

import { signOut } from "@/lib/auth/config";
import { endCurrentSession } from "@/lib/dal/sign-out";

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/sign-in" });
}
