import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";
import { clearLoginFailures, isIdentifierLocked, recordLoginFailure } from "./throttle";

const credentialsSchema = z.object({
  identifier: z.string().trim().min(1).max(255),
  password: z.string().min(1).max(200),
});

// Unknown accounts are checked against a throwaway hash so they cost as much time as known ones.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

export const LOCKED_MESSAGE = "LOCKED";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? (process.env.NODE_ENV === "production" ? undefined : "dev-only-secret-change-me"),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản",
      credentials: { identifier: { label: "Tên đăng nhập hoặc e-mail" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { identifier, password } = parsed.data;
        if (await isIdentifierLocked(identifier)) throw new Error(LOCKED_MESSAGE);
        const db = await getDb();
        const lower = identifier.toLowerCase();
        const user = await db.user.findFirst({
          where: { OR: [{ username: lower }, { email: lower }] },
          select: { id: true, passwordHash: true, active: true, sessionVersion: true, fullName: true, username: true },
        });
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
        if (!user || !ok || !user.active) {
          const delay = await recordLoginFailure(identifier);
          if (delay) await new Promise((r) => setTimeout(r, delay));
          return null;
        }
        await clearLoginFailures(identifier);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, name: user.fullName, sv: user.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as unknown as { sv: number }).sv;
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
