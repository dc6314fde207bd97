import type { PendingStaffInvitation } from "@/lib/dal/staff";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/parse";
import { StaffActionForm } from "./staff-action-form";
import { ROLE_NAMES } from "./staff-messages";

/** Invitations whose links still work, each with a button that revokes it. */
export function StaffInvitationList({
  invitations,
  timeZone,
  revokeAction,
}: {
  invitations: PendingStaffInvitation[];
  timeZone: string;
  revokeAction: (id: string) => (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  if (invitations.length === 0) return <p className="text-sm text-slate-700">No invitations waiting.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {invitations.map((i) => (
        <li key={i.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{i.name}</span> · {i.email} · {ROLE_NAMES[i.role]}
            <span className="block text-sm text-slate-700">
              Sent {formatDateTime(i.sentAt, timeZone)} · link works until {formatDateTime(i.expiresAt, timeZone)}
            </span>
          </span>
          <StaffActionForm action={revokeAction(i.id)} label="Revoke" who={`the invitation of ${i.email}`} />
        </li>
      ))}
    </ul>
  );
}
