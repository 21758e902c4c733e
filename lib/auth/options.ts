import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./authorize";

export { LOCKED_MESSAGE } from "./authorize";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET || (process.env.NODE_ENV === "production" ? undefined : "dev-only-secret-change-me"),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      credentials: { identifier: { label: "Tên đăng nhập hoặc e-mail" }, password: { label: "Mật khẩu", type: "password" } },
      authorize: (raw) => authorizeCredentials(raw) as never,
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as unknown as { sv: number }).sv;
        // Never copied into the session object (which /api/auth/session serves to the browser):
        // read back on the server only, from the encrypted cookie (lib/auth/ballot-key.ts).
        token.bk = (user as unknown as { bk?: string }).bk;
      }
      return token;
    },
    async session({ session, token }) {
      const out = session as unknown as { uid?: string; sv?: number };
      out.uid = token.uid as string | undefined;
      out.sv = token.sv as number | undefined;
      return session;
    },
  },
};
