"use server";

import { revalidatePath } from "next/cache";
import { STAFF_CODES, STAFF_MESSAGES } from "@/components/settings/staff-messages";
import { changeRole, endSessions, setUserDisabled, type StaffResult } from "@/lib/dal/staff";
import { inviteStaff, revokeStaffInvitation } from "@/lib/dal/staff-invitations";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { staffInviteSchema, staffRoleSchema } from "@/lib/validation/staff";

const refresh = () => revalidatePath("/settings/staff");

const answer = (result: StaffResult, message: string): FormState =>
  result.ok ? { ok: true, message } : { message: STAFF_CODES[result.code] };

export async function inviteStaffAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(staffInviteSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors, message: STAFF_MESSAGES.fixErrors };
  const result = await inviteStaff(parsed.data);
  refresh();
  revalidatePath("/outbox");
  return { ok: true, message: STAFF_MESSAGES.invited(result.email) };
}

export async function revokeStaffInvitationAction(invitationId: string, _state: FormState): Promise<FormState> {
  const result = await revokeStaffInvitation(String(invitationId));
  refresh();
  return result.ok ? { ok: true, message: STAFF_MESSAGES.revoked } : { message: STAFF_CODES[result.code] };
}

export async function disableUserAction(userId: string, _state: FormState): Promise<FormState> {
  const result = await setUserDisabled(String(userId), true);
  refresh();
  return answer(result, STAFF_MESSAGES.disabled);
}

export async function enableUserAction(userId: string, _state: FormState): Promise<FormState> {
  const result = await setUserDisabled(String(userId), false);
  refresh();
  return answer(result, STAFF_MESSAGES.enabled);
}

export async function changeRoleAction(userId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(staffRoleSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await changeRole(String(userId), parsed.data.role);
  refresh();
  return answer(result, STAFF_MESSAGES.roleChanged);
}

export async function endSessionsAction(userId: string, _state: FormState): Promise<FormState> {
  const result = await endSessions(String(userId));
  refresh();
  return answer(result, STAFF_MESSAGES.sessionsEnded);
}
