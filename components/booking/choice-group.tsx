import type { ReactNode } from "react";
import { FieldMessage } from "@/components/ui/fields";

export interface Choice {
  value: string;
  label: string;
  /** A second line under the label, e.g. length and price. */
  detail?: ReactNode;
}

/**
 * Radio buttons as large cards (a whole row is the tap target, 44 px at least) in a fieldset
 * whose legend is the question; the hint and the error are tied to the group. The native radio
 * stays visible, so the choice never rests on colour alone.
 */
export function ChoiceGroup({
  legend,
  name,
  choices,
  hint,
  error,
  defaultValue,
  columns = false,
}: {
  legend: ReactNode;
  name: string;
  choices: readonly Choice[];
  hint?: string;
  error?: string;
  defaultValue?: string;
  /** Side by side (short answers such as yes/no) instead of one under the other. */
  columns?: boolean;
}) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-base font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <div className={columns ? "mt-2 grid grid-cols-2 gap-2" : "mt-2 space-y-2"}>
        {choices.map((c) => (
          <label
            key={c.value}
            className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-md border bg-white px-3 py-2.5 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 ${
              error ? "border-red-700" : "border-slate-400"
            }`}
          >
            <input
              type="radio"
              name={name}
              value={c.value}
              defaultChecked={defaultValue === c.value}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            />
            <span>
              <span className="block font-medium">{c.label}</span>
              {c.detail ? <span className="block text-sm text-slate-700">{c.detail}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldMessage id={id} error={error} />
    </fieldset>
  );
}
