import "server-only";
import { clientAddress } from "./client-address";

/** The client of the current request (for throttling), or "unknown" outside a request (scripts, tests). */
export async function currentRequestClient(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return clientAddress(await headers());
  } catch {
    return "unknown";
  }
}
