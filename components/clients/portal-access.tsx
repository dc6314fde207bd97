"use client";

import { useState } from "react";
import { ActionButton } from "@/components/plan/action-button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { FormMessage } from "@/components/ui/fields";
import type { ClientOverview } from "@/lib/dal/client-overview";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/parse";

type Bound = (state: FormState) => Promise<FormState>;

/**
 * Who can reach the client's portal: the linked login's address with "Unlink portal login", or
 * the invitation button and the links still waiting, each with "Revoke". The answer to a revoke
 * or an unlink is kept here: the page re-rendered after it no longer has the button that asked.
 */
export function PortalAccess({
  details,
  invitations,
  timeZone,
  inviteAction,
  revokeActions,
  unlinkAction,
}: {
  details: Pick<ClientOverview["details"], "hasPortalLogin" | "portalLoginEmail">;
  invitations: ClientOverview["invitations"];
  timeZone: string;
  inviteAction: Bound;
  /** Revoke, bound to each invitation's id by the page. */
  revokeActions: Record<string, Bound>;
  unlinkAction: Bound;
}) {
  const [done, setDone] = useState<string | null>(null);
  const email = details.portalLoginEmail ?? "an unknown address";
  return (
    <div className="mb-3 space-y-3 wrap-anywhere">
      <FormMessage message={done ?? undefined} ok />
      {details.hasPortalLogin ? (
        <div className="space-y-2">
          <p className="text-sm">
            Portal login: <span className="font-medium">{email}</span>
          </p>
          <ConfirmActionButton
            action={unlinkAction}
            label="Unlink portal login"
            who={email}
            question={`Unlink ${email} from this record? Its sessions end at once and it can no longer sign in; send a new invitation to give the client a login again.`}
            confirmLabel="Yes, unlink"
            onDone={setDone}
          />
        </div>
      ) : (
        <>
          {invitations.length > 0 ? (
            <div>
              <h3 className="mb-1 font-semibold">Pending invitations</h3>
              <ul className="divide-y divide-slate-200">
                {invitations.map((i) => (
                  <li key={i.id} className="space-y-1 py-2 text-sm">
                    <p>
                      To <span className="font-medium">{i.email}</span>, sent {formatDateTime(i.sentAt, timeZone)}; the
                      link works until {formatDateTime(i.expiresAt, timeZone)}.
                    </p>
                    <ConfirmActionButton
                      action={revokeActions[i.id]!}
                      label="Revoke"
                      who={`the invitation to ${i.email}`}
                      question={`Revoke the invitation to ${i.email}? Its link stops working at once.`}
                      confirmLabel="Yes, revoke"
                      onDone={setDone}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ActionButton
            action={inviteAction}
            label={invitations.length > 0 ? "Send a new invitation" : "Send portal invitation"}
            variant="secondary"
          />
        </>
      )}
    </div>
  );
}
