import { ActionButton } from "@/components/plan/action-button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import type { ClientOverview } from "@/lib/dal/client-overview";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/parse";

type Bound = (state: FormState) => Promise<FormState>;

/**
 * Who can reach the client's portal: the linked login's address with "Unlink portal login", or
 * the invitation button and the links still waiting, each with "Revoke".
 */
export function PortalAccess({
  details,
  invitations,
  timeZone,
  inviteAction,
  revokeAction,
  unlinkAction,
}: {
  details: ClientOverview["details"];
  invitations: ClientOverview["invitations"];
  timeZone: string;
  inviteAction: Bound;
  revokeAction: (invitationId: string) => Bound;
  unlinkAction: Bound;
}) {
  if (details.hasPortalLogin) {
    const email = details.portalLoginEmail ?? "an unknown address";
    return (
      <div className="mb-3 space-y-2">
        <p className="text-sm">
          Portal login: <span className="font-medium">{email}</span>
        </p>
        <ConfirmActionButton
          action={unlinkAction}
          label="Unlink portal login"
          who={email}
          question={`Unlink ${email} from this record? Its sessions end at once and it can no longer sign in; send a new invitation to give the client a login again.`}
          confirmLabel="Yes, unlink"
        />
      </div>
    );
  }
  return (
    <div className="mb-3 space-y-3">
      {invitations.length > 0 ? (
        <div>
          <h3 className="mb-1 font-semibold">Pending invitations</h3>
          <ul className="divide-y divide-slate-200">
            {invitations.map((i) => (
              <li key={i.id} className="space-y-1 py-2 text-sm">
                <p>
                  To <span className="font-medium">{i.email}</span>, sent {formatDateTime(i.sentAt, timeZone)}; the link
                  works until {formatDateTime(i.expiresAt, timeZone)}.
                </p>
                <ConfirmActionButton
                  action={revokeAction(i.id)}
                  label="Revoke"
                  who={`the invitation to ${i.email}`}
                  question={`Revoke the invitation to ${i.email}? Its link stops working at once.`}
                  confirmLabel="Yes, revoke"
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
    </div>
  );
}
