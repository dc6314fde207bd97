"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/validation/parse";
import { MAX_IMAGE_TEXT } from "@/lib/domain/image-facts";

/**
 * Uploads (or replaces) a practice item's picture. The size and the description are checked here
 * first, so a file over the limit never leaves the browser (the server refuses bodies over its
 * own limit before any code runs); the server checks again, and reads what the file really is.
 */
export function ItemPictureForm({
  action,
  alt,
  replacing,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  alt?: string;
  replacing: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<FormState, FormData>(async (previous, formData) => {
    try {
      const next = await action(previous, formData);
      if (next.ok) formRef.current?.reset();
      return next;
    } catch {
      // The request itself failed (the connection dropped, or the server refused its size).
      return {
        errors: { image: `The picture could not be sent. Choose a PNG, JPEG or WebP of at most ${MAX_IMAGE_TEXT}.` },
      };
    }
  }, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);

  async function check(form: HTMLFormElement) {
    const formData = new FormData(form);
    // The checks (and zod) load on the first submit, not with the page (components/ui/use-action-form.ts).
    const checks = await import("@/lib/validation/plan-item-image").catch(() => null);
    // Without them (the chunk did not load), the server's own checks answer.
    const parsed = checks ? checks.parseItemImage(formData) : ({ ok: true } as const);
    if (!parsed.ok) {
      setClientErrors(parsed.errors);
      const first = Object.keys(parsed.errors)[0];
      form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void check(event.currentTarget);
  }

  const errors = clientErrors ?? state.errors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Picture" className="max-w-2xl space-y-3">
      <FormMessage message={state.message} ok={state.ok} />
      <TextField
        label={replacing ? "New picture" : "Picture"}
        name="image"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        hint={`A PNG, JPEG or WebP of at most ${MAX_IMAGE_TEXT}, showing the position and where the pressure goes.`}
        error={errors.image}
      />
      <TextField
        label="What the picture shows"
        name="alt"
        defaultValue={alt}
        maxLength={300}
        hint="Read out to those who cannot see it, e.g. “Lying on the side, a ball under the outer thigh”."
        error={errors.alt}
      />
      <Button type="submit" disabled={pending}>
        {replacing ? "Replace picture" : "Upload picture"}
      </Button>
    </form>
  );
}
