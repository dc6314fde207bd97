"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { StaffMember } from "@/lib/dal/staff";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/parse";
import { StaffActionForm } from "./staff-action-form";
import { ROLE_NAMES, ROLE_OPTIONS } from "./staff-messages";

type Act = (state: FormState, formData: FormData) => Promise<FormState>;

/** A row: a staff member and the actions bound to them on the server. */
export type StaffRow = StaffMember & {
  timeZone: string;
  actions: { disable: Act; enable: Act; changeRole: Act; endSessions: Act };
};

const column = createColumnHelper<DataTableFeatures, StaffRow>();
const badge = "inline-block rounded px-2 py-0.5 text-xs font-semibold";

const columns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      <>
        <span className="font-medium">{info.getValue()}</span>
        {info.row.original.isYou ? <span className="text-slate-700"> (you)</span> : null}
        <span className="block text-slate-700">{info.row.original.email}</span>
      </>
    ),
  }),
  column.accessor("role", {
    header: "Role",
    cell: (info) => {
      const m = info.row.original;
      if (m.isYou) return ROLE_NAMES[m.role];
      const id = `role-${m.id}`;
      return (
        <StaffActionForm action={m.actions.changeRole} label="Change role" who={`of ${m.name}`}>
          <label htmlFor={id} className="sr-only">
            Role of {m.name}
          </label>
          <select
            id={id}
            name="role"
            defaultValue={m.role}
            className="rounded-md border border-slate-400 bg-white px-2 py-1"
          >
            {ROLE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </StaffActionForm>
      );
    },
  }),
  column.accessor("disabled", {
    header: "State",
    cell: (info) =>
      info.getValue() ? (
        <span className={`${badge} bg-slate-700 text-white`}>Disabled</span>
      ) : (
        <span className={`${badge} bg-green-100 text-green-900`}>Active</span>
      ),
  }),
  column.accessor((m) => m.lastSignInAt?.getTime() ?? 0, {
    id: "lastSignIn",
    header: "Last sign-in",
    cell: (info) => {
      const { lastSignInAt, timeZone } = info.row.original;
      return lastSignInAt ? formatDateTime(lastSignInAt, timeZone) : "Never";
    },
  }),
  column.display({
    id: "actions",
    header: "Actions",
    cell: (info) => {
      const m = info.row.original;
      return (
        <div className="flex flex-col gap-2">
          {m.isYou ? null : (
            <StaffActionForm
              action={m.disabled ? m.actions.enable : m.actions.disable}
              label={m.disabled ? "Enable" : "Disable"}
              who={m.name}
            />
          )}
          <StaffActionForm action={m.actions.endSessions} label="End sessions" who={`of ${m.name}`} />
        </div>
      );
    },
  }),
]);

/** The practice's staff with what an admin can change about each. */
export function StaffTable({ staff }: { staff: StaffRow[] }) {
  return <DataTable columns={columns} data={staff} caption="Staff of the practice" emptyMessage="No staff yet." />;
}
