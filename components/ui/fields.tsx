import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const control =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

interface BaseProps {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  className?: string;
}

/** The frame every labelled control shares: label, optional hint, the control, its error. */
export function LabelledControl({
  fieldId,
  label,
  hint,
  error,
  className,
  children,
}: {
  fieldId: string;
  /** Text, or text with a visually hidden part that makes the name unique (e.g. the row it belongs to). */
  label: ReactNode;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldMessage id={fieldId} error={error} />
    </div>
  );
}

/** The accessibility attributes tying a control to its hint and error. */
export function controlAria(fieldId: string, error?: string, hint?: string) {
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(fieldId, error, hint) };
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  className,
  id,
  ...rest
}: BaseProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? `field-${name}`;
  return (
    <LabelledControl fieldId={fieldId} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={fieldId}
        name={name}
        rows={3}
        {...controlAria(fieldId, error, hint)}
        className={control}
        {...rest}
      />
    </LabelledControl>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  className,
  id,
  options,
  placeholder,
  ...rest
}: BaseProps &
  SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <LabelledControl fieldId={fieldId} label={label} hint={hint} error={error} className={className}>
      <select id={fieldId} name={name} {...controlAria(fieldId, error, hint)} className={control} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}

/** A group of radio buttons in a fieldset whose legend is the question. */
export function RadioGroup({
  legend,
  name,
  options,
  defaultValue,
  error,
  className,
  inline = true,
  onChange,
}: {
  legend: ReactNode;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  className?: string;
  /** Side by side (short labels), or one per line. */
  inline?: boolean;
  /** Hears the chosen value, for a form that shows only what the choice needs. */
  onChange?: (value: string) => void;
}) {
  const id = `field-${name}`;
  return (
    <fieldset
      className={className}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={inline ? "mt-1 flex flex-wrap gap-4" : "mt-1 space-y-1"}>
        {options.map((o) => (
          <label key={o.value} className={`${inline ? "inline-flex" : "flex"} items-center gap-2`}>
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              onChange={onChange ? () => onChange(o.value) : undefined}
              className="h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldMessage id={id} error={error} />
    </fieldset>
  );
}

export function CheckboxField({
  label,
  name,
  defaultChecked,
  error,
  value = "on",
}: {
  label: ReactNode;
  name: string;
  defaultChecked?: boolean;
  error?: string;
  value?: string;
}) {
  const id = `field-${name}`;
  return (
    <div>
      <label className="inline-flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-4 w-4"
        />
        <span>{label}</span>
      </label>
      <FieldMessage id={id} error={error} />
    </div>
  );
}

/** A form-level message: an alert for problems, a status for success. */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  if (!message) return null;
  return ok ? (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
      {message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      {message}
    </p>
  );
}
