import { describeGate, type Gate } from "@/lib/domain/phase-gate";

/** Why phase 2 is not open yet, in the words the client reads in the portal and on paper. */
export function StrengthenLockNote({ gate, intakePain }: { gate: Gate; intakePain: number | null }) {
  return (
    <p className="mb-3 rounded-md border border-slate-300 bg-slate-100 p-3">
      <span className="font-semibold">Locked for now. </span>
      {describeGate(gate, intakePain)} Relax first: strengthening works best once the muscles have let go.
    </p>
  );
}
