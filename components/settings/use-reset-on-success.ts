"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/validation/parse";

/** A form that adds something starts empty again once the server accepted it. */
export function useResetOnSuccess(state: FormState) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return form;
}
