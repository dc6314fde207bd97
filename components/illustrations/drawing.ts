import type { ReactNode } from "react";

/** A line drawing of one reference item: its shapes, and the words a screen reader says instead. */
export interface Drawing {
  /** The position, and where the pressure or the stretch goes. */
  alt: string;
  parts: ReactNode;
}
