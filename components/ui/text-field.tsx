import type { InputHTMLAttributes, ReactNode } from "react";
import { control, controlAria, LabelledControl } from "./fields";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  name: string;
  error?: string;
  hint?: string;
}

/** A labelled input whose error sits next to it and is announced with it (aria-describedby). */
export function TextField({ label, name, error, hint, id, className, ...input }: TextFieldProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <LabelledControl fieldId={inputId} label={label} hint={hint} error={error} className={className}>
      <input id={inputId} name={name} {...controlAria(inputId, error, hint)} className={control} {...input} />
    </LabelledControl>
  );
}
