import "server-only";
import { clientIp } from "../http/client-ip";
import { sameOriginReturnPath } from "../http/return-path";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./users";
import { signInSchema } from "./user-schemas";
import { verifyUnderSignInLimits } from "../rate-limit/sign-in-limits";

/** next-auth configuration: email + password, JWT sessions carrying the user's id and role. */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // scripts/start.ts has already rewritten X-Forwarded-For to the one trusted address (see client-ip.ts).
        const ip = clientIp(request?.headers);
        const { email, password } = parsed.data;
        const user = await verifyUnderSignInLimits(email, ip, () => authenticate(email, password));
        if (!user) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    // next-auth's callbackUrl (sign-in, sign-out, its own sign-in page) goes through the same check as /login's.
    redirect({ url, baseUrl }) {
      const path = sameOriginReturnPath(url, baseUrl);
      return path ? new URL(path, baseUrl).toString() : baseUrl;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        (session.user as { id?: string }).id = token.sub;
        (session.user as { role?: unknown }).role = token.role;
      }
      return session;
    },
  },
};
