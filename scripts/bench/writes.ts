/**
 * The write path of `npm run bench`: unit heads saving and submitting their Mẫu 1 at the same time,
 * as their browsers do it — the server action (POST with Next-Action, the router state of the page),
 * whose answer carries the page re-rendered; the editor asks nothing more (after "Xác nhận và nộp" it
 * only writes ?nop= into the URL). Campaign `scale-writes` (prisma/seed/scale-writes.ts), emptied before each run.
 */
import fs from "node:fs";
import path from "node:path";
import { SCALE_WRITES } from "../../prisma/seed/scale-writes";
import { CookieJar, percentile, postgresCpuMs, runLoad, serverCpuMs, signIn, type Sample } from "./http";

export interface Writer {
  unitId: string;
  username: string;
}

interface SavedForm {
  registrationId: string;
  lockVersion: number;
  rows: { initiativeId: string }[];
}

const PAGE = `/unit/campaigns/${SCALE_WRITES.campaignId}`;

/** The router state a browser sends from the Mẫu 1 page (Next-Router-State-Tree). */
function routerStateOf(search = ""): string {
  const page = ["__PAGE__" + search, {}, null, null, 0];
  const seg = (name: unknown, child: unknown[]) => [name, { children: child }, null, null, 0];
  const tree = ["", { children: seg("(portal)", seg("unit", seg("campaigns", seg(["campaignId", SCALE_WRITES.campaignId, "d", null], page)))) }, null, null, 16];
  return encodeURIComponent(JSON.stringify(tree));
}

/** The ids of the two actions in this build (.next/server/server-reference-manifest.json). */
export function registrationActionIds(root: string): { save: string; submit: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const idOf = (name: string) => {
    const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && v.filename?.endsWith("lib/registrations/actions.ts"));
    if (!hit) throw new Error(`Server action ${name} not found in the build's manifest`);
    return hit[0];
  };
  return { save: idOf("saveUnitRegistrationAction"), submit: idOf("submitUnitRegistrationAction") };
}

function formOf(w: Writer, saved: SavedForm | null, confirmed: boolean) {
  const year = new Date().getUTCFullYear();
  return {
    campaignId: SCALE_WRITES.campaignId,
    unitId: w.unitId,
    registrationId: saved?.registrationId ?? null,
    lockVersion: saved?.lockVersion ?? 0,
    confirmed,
    rows: [1, 2, 3, 4, 5].map((k) => ({
      initiativeId: saved?.rows[k - 1]?.initiativeId ?? null,
      fieldId: SCALE_WRITES.fieldIds[k - 1],
      content: `Số hóa quy trình tiếp nhận và trả kết quả hồ sơ, bước ${k} (${w.unitId})`,
      type: "SOLUTION",
      ownerType: "UNIT",
      ownerNames: "",
      expectedCompletion: `${year + 1}-06-30`,
      note: "",
      level: "DEPARTMENT",
      replicatesModelId: null,
    })),
  };
}

/** The action's own result in its RSC answer: the row `<id>:{"ok":…}`. */
function actionResult(text: string): { ok: boolean; data?: SavedForm & { versionNo?: number }; error?: string } | null {
  const m = /^[0-9a-f]+:(\{"ok":.*)$/m.exec(text);
  return m ? JSON.parse(m[1]) : null;
}

async function callAction(base: string, jar: CookieJar, actionId: string, body: unknown) {
  const t0 = performance.now();
  const res = await fetch(`${base}${PAGE}`, {
    method: "POST",
    headers: {
      origin: base,
      cookie: jar.header(),
      "next-action": actionId,
      "next-router-state-tree": routerStateOf(),
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify([body]),
  });
  const text = await res.text();
  return { ms: performance.now() - t0, status: res.status, bytes: text.length, result: actionResult(text) };
}

export interface WriteResult {
  name: string;
  clients: number;
  n: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  cpuMsPerWrite: number;
  /** PostgreSQL's processes (0 on the embedded database, whose work is in the app's). */
  dbCpuMsPerWrite: number;
  bytes: number;
}

function summarise(name: string, clients: number, samples: Sample[], seconds: number, cpuMs: number, dbCpuMs: number): WriteResult {
  const ms = samples.map((s) => s.ms);
  return {
    name,
    clients,
    n: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    seconds,
    perSecond: samples.length / seconds,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    cpuMsPerWrite: cpuMs / samples.length,
    dbCpuMsPerWrite: dbCpuMs / samples.length,
    bytes: Math.round(samples.reduce((s, x) => s + x.bytes, 0) / Math.max(1, samples.length)),
  };
}

/**
 * Every writer signs in (10 at a time: sign-in hashes the password on purpose), then all of them save
 * their form at once (a new draft of five rows), then all of them submit it at once.
 */
export async function benchWrites(base: string, root: string, serverPid: number, writers: readonly Writer[]): Promise<WriteResult[]> {
  const ids = registrationActionIds(root);
  const jars: CookieJar[] = new Array(writers.length);
  await runLoad(10, writers.length, async (i) => {
    jars[i] = await signIn(base, writers[i].username);
    return { ms: 0, ok: true, bytes: 0 };
  });
  const saved: (SavedForm | null)[] = new Array(writers.length).fill(null);
  const errors: string[] = [];
  const note = (what: string, r: { status: number; result: ReturnType<typeof actionResult> }) => {
    if (errors.length < 3) errors.push(`${what}: HTTP ${r.status} ${r.result?.error ?? (r.result ? "" : "(no action result)")}`);
  };

  const results: WriteResult[] = [];
  let cpu0 = serverCpuMs(serverPid);
  let db0 = postgresCpuMs();
  let t0 = performance.now();
  const saves = await runLoad(writers.length, writers.length, async (i) => {
    const r = await callAction(base, jars[i], ids.save, formOf(writers[i], null, false));
    const ok = r.status === 200 && !!r.result?.ok;
    if (ok) saved[i] = r.result!.data!;
    else note("save", r);
    return { ms: r.ms, ok, bytes: r.bytes };
  });
  results.push(summarise("save a new draft (Lưu nháp)", writers.length, saves, (performance.now() - t0) / 1000, serverCpuMs(serverPid) - cpu0, postgresCpuMs() - db0));

  cpu0 = serverCpuMs(serverPid);
  db0 = postgresCpuMs();
  t0 = performance.now();
  const submits = await runLoad(writers.length, writers.length, async (i) => {
    const r = await callAction(base, jars[i], ids.submit, formOf(writers[i], saved[i], true));
    const ok = r.status === 200 && !!r.result?.ok;
    if (!ok) note("submit", r);
    return { ms: r.ms, ok, bytes: r.bytes };
  });
  results.push(summarise("submit (Xác nhận và nộp)", writers.length, submits, (performance.now() - t0) / 1000, serverCpuMs(serverPid) - cpu0, postgresCpuMs() - db0));
  if (errors.length) console.log(`[bench] write errors (first ${errors.length}): ${errors.join("; ")}`);
  return results;
}
