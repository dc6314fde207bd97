import { describeGate, type Gate } from "@/lib/domain/phase-gate";

/** Why phase 2 is not open yet, in the words the client reads in the portal and on paper. */
export function StrengthenLockNote({
  gate,
  intakePain,
  className = "mb-3 rounded-md border border-slate-300 bg-slate-100 p-3",
}: {
  gate: Gate;
  intakePain: number | null;
  /** The box around it; the portal sets the note and the locked items in one box of its own. */
  className?: string;
}) {
  return (
    <p className={className}>
      <span className="font-semibold">Locked for now. </span>
      {describeGate(gate, intakePain)} Relax first: strengthening works best once the muscles have let go.
    </p>
  );
}
