import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { acceptInvitationBySignIn } from "@/lib/dal/invitation-sign-in";
import { endSessionOfClaims, verifySignIn } from "@/lib/dal/sign-in";
import { invitationCredentialsSchema } from "@/lib/validation/portal";
import { signInSchema } from "@/lib/validation/sign-in";
import { authSecret } from "./session-cookie";
import "./session-claims";

/** Thrown while this source is refused after repeated failures (lib/domain/sign-in-throttle.ts). */
class SignInLocked extends CredentialsSignin {
  code = "locked";
}

/** Thrown while the account's slow lane is taken after many failures from everywhere. */
class SignInSlowed extends CredentialsSignin {
  code = "slowed";
}

/** Why an invitation could not be accepted by signing in (lib/dal/invitation-sign-in.ts). */
class InvitationRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The app runs behind whatever host name the practice gives it (STACK-NOTES.md pitfall 7).
  trustHost: true,
  secret: authSecret(),
  // The cookie outlives any role's absolute limit; lib/domain/session-policy.ts ends sessions.
  session: { strategy: "jwt", maxAge: 31 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A refused sign-in is an expected answer (audited by the DAL), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        // The session this browser already holds ends when another begins (issue 12, finding 8).
        const previous = (await auth())?.claims ?? null;
        const result = await verifySignIn(parsed.data.email, parsed.data.password, previous);
        if (!result.ok) {
          if (result.reason === "locked") throw new SignInLocked();
          if (result.reason === "slowed") throw new SignInSlowed();
          return null;
        }
        return { id: result.claims.userId, claims: result.claims };
      },
    }),
    // An invitation to an address that already has a client login, accepted by signing in with it.
    Credentials({
      id: "invitation",
      credentials: { token: {}, password: {} },
      async authorize(raw) {
        const parsed = invitationCredentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const previous = (await auth())?.claims ?? null;
        const result = await acceptInvitationBySignIn(parsed.data.token, parsed.data.password, previous);
        if (!result.ok) throw new InvitationRefused(result.state);
        return { id: result.claims.userId, claims: result.claims };
      },
    }),
  ],
  events: {
    // Whichever way the cookie is discarded, the server-side session ends with it.
    async signOut(message) {
      const claims = "token" in message ? message.token?.claims : undefined;
      if (claims) await endSessionOfClaims(claims);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.claims) token.claims = user.claims;
      return token;
    },
    session({ session, token }) {
      session.claims = token.claims;
      return session;
    },
  },
});
