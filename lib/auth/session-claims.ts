import type { Role } from "@/lib/dal/policy";

/** What the signed session cookie carries. The server-side session row decides if it still holds. */
export interface SessionClaims {
  sessionId: string;
  userId: string;
  role: Role;
  practiceId: string;
  sessionVersion: number;
}

declare module "next-auth" {
  interface User {
    claims?: SessionClaims;
  }
  interface Session {
    claims?: SessionClaims;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    claims?: SessionClaims;
  }
}
