import { TextField } from "@/components/ui/text-field";

/** Choosing a password: typed twice, with the one rule it must meet (lib/validation/fields.ts). */
export function NewPasswordFields({ errors }: { errors: { password?: string; confirm?: string } }) {
  return (
    <>
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errors.password}
      />
      <TextField
        label="Type it again"
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={errors.confirm}
      />
    </>
  );
}
