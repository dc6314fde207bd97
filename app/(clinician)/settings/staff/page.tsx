import type { Metadata } from "next";
import { StaffInvitationList } from "@/components/settings/staff-invitation-list";
import { StaffInviteForm } from "@/components/settings/staff-invite-form";
import { StaffTable } from "@/components/settings/staff-table";
import { Section } from "@/components/ui/section";
import { getStaffPage } from "@/lib/dal/staff";
import {
  changeRoleAction,
  disableUserAction,
  enableUserAction,
  endSessionsAction,
  inviteStaffAction,
  revokeStaffInvitationAction,
} from "./actions";

export const metadata: Metadata = { title: "Staff" };

/** The practice's staff (admin only): who works here, their roles and sessions, and invitations. */
export default async function StaffPage() {
  const { staff, invitations, timeZone } = await getStaffPage();
  const rows = staff.map((m) => ({
    ...m,
    timeZone,
    actions: {
      disable: disableUserAction.bind(null, m.id),
      enable: enableUserAction.bind(null, m.id),
      changeRole: changeRoleAction.bind(null, m.id),
      endSessions: endSessionsAction.bind(null, m.id),
    },
  }));
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Staff</h1>
      <p className="mb-4 text-sm text-slate-700">
        Disabling someone, changing their role or ending their sessions signs them out at once.
      </p>
      <div className="space-y-4">
        <StaffTable staff={rows} />
        <Section id="invite" title="Invite someone">
          <p className="mb-3 text-sm text-slate-700">
            They get an email with a link to set their password. The link works once, for 72 hours.
          </p>
          <StaffInviteForm action={inviteStaffAction} />
        </Section>
        <Section id="invitations" title="Invitations waiting">
          <StaffInvitationList
            invitations={invitations}
            timeZone={timeZone}
            revokeAction={(id) => revokeStaffInvitationAction.bind(null, id)}
          />
        </Section>
      </div>
    </>
  );
}
