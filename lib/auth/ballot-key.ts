import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authOptions } from "./options";

const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in member's secret-ballot key, read from the encrypted session cookie (it is never
 * stored in the database nor sent to the browser in clear). Null for a session started before the
 * key existed: the member signs in again to vote in a secret ballot.
 */
export async function getBallotKey(): Promise<string | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    // next-auth splits large cookies into name.0, name.1, …
    const whole = jar.get(name)?.value;
    const chunks = whole ? [whole] : jar.getAll().filter((c) => c.name.startsWith(`${name}.`)).sort((a, b) => Number(a.name.split(".").pop()) - Number(b.name.split(".").pop())).map((c) => c.value);
    if (!chunks.length) continue;
    const token = await decode({ token: chunks.join(""), secret: authOptions.secret as string });
    const bk = token?.bk;
    return typeof bk === "string" && bk.length > 0 ? bk : null;
  }
  return null;
}
