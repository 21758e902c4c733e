/**
 * Signing in and out from the browser with next-auth's own endpoints and protocol (its CSRF token, then a
 * form POST answered with JSON), without loading `next-auth/react` (~14 kB gzipped) on every page for the
 * header's sign-out button and the two forms that need it.
 */

async function csrfToken(): Promise<string> {
  const res = await fetch("/api/auth/csrf", { cache: "no-store" });
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/**
 * Signs in with the credentials provider. `error` is next-auth's code (the provider's refusal such as
 * "LOCKED:5", or "CredentialsSignin"), "UNAVAILABLE" when the server could not be reached; null on success.
 */
export async function signInWithPassword(identifier: string, password: string): Promise<{ error: string | null }> {
  try {
    const res = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ identifier, password, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: "true" }),
    });
    const { url } = (await res.json()) as { url?: string };
    const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "UNAVAILABLE";
    if (!res.ok && !error) return { error: "UNAVAILABLE" };
    return { error };
  } catch {
    return { error: "UNAVAILABLE" };
  }
}

/** Signs out (the server ends its session: lib/auth/options.ts events.signOut) and leaves for `callbackUrl`. */
export async function signOutTo(callbackUrl = "/login"): Promise<void> {
  let url = callbackUrl;
  try {
    const res = await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: await csrfToken(), callbackUrl, json: "true" }),
    });
    url = ((await res.json()) as { url?: string }).url ?? callbackUrl;
  } catch {
    // Offline or refused: leave the page all the same; the next one asks to sign in again if needed.
  }
  window.location.href = url;
}
