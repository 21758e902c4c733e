/**
 * The HTTP side of `npm run bench`: a cookie jar, next-auth sign-in, a load runner with N concurrent
 * clients, percentiles, the server's CPU time (the process and its workers, from /proc), its memory,
 * and the first-load JavaScript of a page (every script the HTML loads, gzipped).
 */
import fs from "node:fs";
import { gzipSync } from "node:zlib";

export const PASSWORD = process.env.BENCH_PASSWORD ?? "Demo@2026";

export class CookieJar {
  private jar = new Map<string, string>();
  store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(pred: (name: string) => boolean) {
    return [...this.jar.keys()].some(pred);
  }
}

export async function signIn(base: string, username: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, identifier: username, password: PASSWORD, json: "true", callbackUrl: `${base}/` }),
  });
  jar.store(res);
  await res.arrayBuffer();
  if (!jar.has((n) => n.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${username} failed (HTTP ${res.status}). Is the scale data loaded (npm run seed:scale)?`);
  }
  return jar;
}

export interface Sample {
  ms: number;
  ok: boolean;
  bytes: number;
}

/** One GET as a signed-in (or anonymous) client: the whole body is read. */
export async function get(url: string, jar?: CookieJar): Promise<Sample> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { headers: jar ? { cookie: jar.header() } : {}, redirect: "manual" });
    const body = await res.arrayBuffer();
    return { ms: performance.now() - t0, ok: res.status === 200, bytes: body.byteLength };
  } catch {
    return { ms: performance.now() - t0, ok: false, bytes: 0 };
  }
}

/** `total` requests made by `clients` concurrent clients (each waits for its answer before the next). */
export async function runLoad(clients: number, total: number, one: (i: number) => Promise<Sample>): Promise<Sample[]> {
  const out: Sample[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(clients, total) }, async () => {
      while (next < total) out.push(await one(next++));
    }),
  );
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

// ---------------------------------------------------------------- the server's processes

const TICK_MS = 10; // USER_HZ = 100 on Linux

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** The server and every process under it (cluster workers, next-server). */
export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]));
  return all;
}

/** One process's name and CPU ticks so far (user + system: fields 14 and 15 of /proc/<pid>/stat); null once exited. */
function procStat(pid: number | string): { name: string; ticks: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** CPU time (user + system, ms) used so far by the server's processes. */
export function serverCpuMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + (procStat(p)?.ticks ?? 0), 0) * TICK_MS;
}

/**
 * CPU time (user + system, ms) used so far by every PostgreSQL process of this machine (its backends do
 * the queries' work outside the app's processes); 0 on the embedded database, which runs inside the app.
 */
export function postgresCpuMs(): number {
  let ticks = 0;
  for (const p of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    const st = procStat(p);
    if (st?.name.startsWith("postgres")) ticks += st.ticks;
  }
  return ticks * TICK_MS;
}

/** Resident memory of the server's processes, MB. */
export function serverRssMb(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* exited */
    }
  }
  return Math.round(kb / 1024);
}

/** Samples the server's RSS every 100 ms while `work` runs; returns its result and the peak. */
export async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; before: number; peak: number }> {
  const before = serverRssMb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, serverRssMb(pid))), 100);
  try {
    const result = await work();
    peak = Math.max(peak, serverRssMb(pid));
    return { result, before, peak };
  } finally {
    clearInterval(timer);
  }
}

// ---------------------------------------------------------------- first-load JavaScript

/** Gzipped bytes of every script a page's HTML loads (but the legacy nomodule ones) (what a first visit downloads before it is interactive). */
export async function firstLoadJsKb(base: string, path: string, jar?: CookieJar): Promise<{ kb: number; scripts: number }> {
  const res = await fetch(`${base}${path}`, { headers: jar ? { cookie: jar.header() } : {}, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  const html = await res.text();
  // Scripts marked nomodule (the legacy polyfills) are not downloaded by the browsers the portal supports.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/\bnomodule\b/i.test(t));
  const srcs = [...new Set(tags.flatMap((t) => /\bsrc="([^"]+\.js[^"]*)"/.exec(t)?.[1] ?? []))];
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).byteLength;
  }
  return { kb: bytes / 1024, scripts: srcs.length };
}
