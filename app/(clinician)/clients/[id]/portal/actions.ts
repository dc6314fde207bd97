"use server";

import { revalidatePath } from "next/cache";
import { INVITE_MESSAGES, PORTAL_ACCESS_MESSAGES } from "@/components/clients/client-messages";
import { inviteClient } from "@/lib/dal/invitations";
import { revokeClientInvitation, unlinkPortalLogin } from "@/lib/dal/portal-access";
import { resolveReport } from "@/lib/dal/symptoms";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { resolveReportSchema } from "@/lib/validation/portal";

export async function inviteClientAction(clientId: string, _state: FormState): Promise<FormState> {
  const result = await inviteClient(clientId);
  revalidatePath("/outbox");
  revalidatePath("/clients", "layout");
  return result.ok
    ? { ok: true, message: `Invitation sent to ${result.email}. Without a mail server it waits in the Outbox.` }
    : { message: INVITE_MESSAGES[result.code] };
}

export async function revokeInvitationAction(invitationId: string, _state: FormState): Promise<FormState> {
  const result = await revokeClientInvitation(String(invitationId));
  revalidatePath("/clients", "layout");
  return result.ok
    ? { ok: true, message: PORTAL_ACCESS_MESSAGES.revoked }
    : { message: PORTAL_ACCESS_MESSAGES[result.code] };
}

export async function unlinkPortalLoginAction(clientId: string, _state: FormState): Promise<FormState> {
  const result = await unlinkPortalLogin(String(clientId));
  revalidatePath("/clients", "layout");
  return result.ok
    ? { ok: true, message: PORTAL_ACCESS_MESSAGES.unlinked }
    : { message: PORTAL_ACCESS_MESSAGES[result.code] };
}

export async function resolveReportAction(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(resolveReportSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await resolveReport(String(reportId), parsed.data.resolution);
  revalidatePath("/clients", "layout");
  return result.ok
    ? { ok: true, message: "Resolved: hands-on items resume in the client's portal." }
    : { message: "This report was already resolved." };
}
