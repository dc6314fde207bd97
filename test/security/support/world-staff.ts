import { createHash, randomBytes } from "node:crypto";
import * as schema from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { EMAIL_ORIGIN, type Make, type SeededClient, type Tx } from "./world-kinds";

/**
 * Object kinds of running the practice: staff logins an admin disables, enables, moves to another
 * role and signs out, and staff invitations. Seeded per client like the other kinds, so each
 * practice has one of each for client A and client B (and practice 1 one for client C, the
 * corpus's): the matrix's principals are never the ones an admin's call changes, and the matrix
 * puts the rows back as seeded after each call (WorldObject.row).
 *
 * Markers avoid "mk": an invited address is shown on a public page (the link is its key), where
 * another practice's "mk" markers count as a leak; practice 2's staff markers join its secrets
 * instead (STAFF_MEMBER_KINDS, support/world.ts).
 */
const marked = (marker: string, prefix: string) => marker.replace(/^mk/, prefix);
const INVITATION_HOURS = 72;

/** A staff login of the client's practice, front desk (so no therapist list or booking page shows it). */
async function staffLogin(tx: Tx, client: SeededClient, marker: string, disabled: boolean) {
  const secret = marked(marker, disabled ? "sd" : "sf");
  const [row] = await tx
    .insert(schema.users)
    .values({
      practiceId: client.practiceId,
      email: `${secret}@sec.unknot.test`,
      displayName: `Desk ${secret}`,
      role: "frontdesk",
      disabled,
      // No one signs in as them: any hash will do, and it costs nothing per object.
      passwordHash: await seededHash(),
    })
    .returning();
  return { id: row!.id, secrets: [secret], data: { email: row!.email }, row: { table: "users", id: row!.id } };
}
let hash: Promise<string> | undefined;
const seededHash = () => (hash ??= hashPassword(randomBytes(16).toString("hex")));

/** A staff invitation of the client's practice, sent by its admin, as the DAL writes one. */
async function staffInvite(tx: Tx, client: SeededClient, email: string, name: string) {
  const token = randomBytes(32).toString("base64url");
  const [row] = await tx
    .insert(schema.staffInvitations)
    .values({
      practiceId: client.practiceId,
      email,
      displayName: name,
      role: "therapist",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      expiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000),
      createdBy: client.practice.adminId,
    })
    .returning();
  return { token, id: row!.id };
}

export const STAFF_KINDS = {
  /** An enabled staff login: disabled, moved to another role and signed out by the admin's actions. */
  staffMember: async (tx, client, marker) => staffLogin(tx, client, marker, false),
  /** A disabled staff login: enabled again by the admin's action. */
  disabledStaffMember: async (tx, client, marker) => staffLogin(tx, client, marker, true),
  /**
   * An open invitation to join the practice as a therapist (the id is its token, as in the
   * emailed link), with its email in the outbox. Its page shows the invited address and the
   * practice's name; its email's link is shown to the practice's admin only.
   */
  staffInviteLink: async (tx, client, marker) => {
    const email = `${marked(marker, "is")}@sec.unknot.test`;
    const { token, id } = await staffInvite(tx, client, email, `Invited ${marked(marker, "is")}`);
    await tx.insert(schema.outbox).values({
      practiceId: client.practiceId,
      toAddress: email,
      subject: `Join ${client.practice.name} on Unknot`,
      body: `${marker}staffmail\n\nSet your password here:\n${EMAIL_ORIGIN}/invite/staff/${token}\n`,
      status: "held",
    });
    return {
      id: token,
      secrets: [email, `${marker}staffmail`],
      data: { id },
      row: { table: "staff_invitations", id },
    };
  },
  /** The same invitation by its id, which the staff page binds to its Revoke button. */
  staffInvitation: async (_tx, _client, _marker, made) => {
    const id = made.staffInviteLink!.data!.id!;
    return { id, secrets: [], row: { table: "staff_invitations", id } };
  },
  /**
   * An open invitation for an address that already has a login (the enabled staff login's): its
   * link shows "already has a login" and accepting it writes nothing, so every call finds it so.
   */
  takenStaffInvite: async (tx, client, marker, made) => {
    const { token } = await staffInvite(tx, client, made.staffMember!.data!.email!, `Taken ${marked(marker, "it")}`);
    return { id: token, secrets: [] };
  },
} satisfies Record<string, Make>;

/** Kinds whose markers name a practice's own staff: another practice's must never reach anyone. */
export const STAFF_MEMBER_KINDS = ["staffMember", "disabledStaffMember"] as const;
