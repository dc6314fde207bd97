"use client";

import { createContext, useContext, useState } from "react";
import { FormMessage } from "@/components/ui/fields";

/**
 * Where the flag list says what a form did. A clearance closes its flag, and the flag's card,
 * with the form and its message, leaves the list: the message is kept here, above the list.
 */
const Announce = createContext<(message: string) => void>(() => {});

export function FlagStatus({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Announce.Provider value={setMessage}>
      <FormMessage message={message ?? undefined} ok />
      {children}
    </Announce.Provider>
  );
}

/** Says `message` above the flag list; it stays after the form that caused it is gone. */
export const useAnnounce = () => useContext(Announce);
