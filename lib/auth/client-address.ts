import { isIP } from "node:net";

/**
 * The client a sign-in attempt comes from, for throttling. `next start` sets X-Forwarded-For to the
 * socket's address when the request has none; a reverse proxy appends the address it saw. With
 * TRUSTED_PROXY_HOPS proxies in front (default 1: the one that must set X-Forwarded-Host, see the
 * README), the client is the entry that many places from the right: entries further left were written
 * by the client and prove nothing. IPv6 clients are grouped by their /64, which one subscriber holds
 * whole, so rotating addresses inside it does not escape the counters.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined | null): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
    const v = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(v) ? v.join(",") : v;
  };
  const hops = Math.max(1, Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "1", 10) || 1);
  const forwarded = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate = forwarded.length ? forwarded[Math.max(0, forwarded.length - hops)] : get("x-real-ip");
  return normaliseAddress(candidate);
}

export function normaliseAddress(raw: string | undefined | null): string {
  let a = (raw ?? "").trim().toLowerCase();
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (a.startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind === 6) return `${expandIpv6(a).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

function expandIpv6(a: string): string[] {
  const [head, tail] = a.split("::");
  const h = head ? head.split(":") : [];
  const t = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = a.includes("::") ? 8 - h.length - t.length : 0;
  return [...h, ...Array(Math.max(0, missing)).fill("0"), ...t].map((g) => (g.includes(".") ? g : g.padStart(4, "0")));
}
