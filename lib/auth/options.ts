import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./authorize";
import { safeCallbackPath } from "./safe-redirect";
import { endUserSession, SESSION_MAX_AGE_S } from "./user-session";

export { LOCKED_MESSAGE, UNAVAILABLE_MESSAGE } from "./authorize";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET || (process.env.NODE_ENV === "production" ? undefined : "dev-only-secret-change-me"),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      credentials: { identifier: { label: "Tên đăng nhập hoặc e-mail" }, password: { label: "Mật khẩu", type: "password" } },
      authorize: (raw, req) => authorizeCredentials(raw, { headers: req?.headers }) as never,
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { sv: number; sid: string; bk?: string };
        token.uid = user.id;
        token.sv = signedIn.sv;
        token.sid = signedIn.sid;
        // Never copied into the session object (which /api/auth/session serves to the browser):
        // read back on the server only, from the encrypted cookie (lib/auth/ballot-key.ts).
        token.bk = signedIn.bk;
      }
      return token;
    },
    async session({ session, token }) {
      const out = session as unknown as { uid?: string; sv?: number; sid?: string };
      out.uid = token.uid as string | undefined;
      out.sv = token.sv as number | undefined;
      out.sid = token.sid as string | undefined;
      return session;
    },
    // Only paths of the portal itself, resolved as a browser would (lib/auth/safe-redirect.ts).
    async redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackPath(path, baseUrl)}`;
    },
  },
  events: {
    // "Đăng xuất" ends the session on the server: the cookie, even copied, no longer works.
    async signOut({ token }) {
      await endUserSession((token as { sid?: unknown } | null)?.sid);
    },
  },
};
