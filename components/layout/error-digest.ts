/** The digest Next attaches to server errors (a hash matching the server log), never the message. */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && /^[\w-]{1,64}$/.test(digest)) return digest;
  }
  return undefined;
}
