import "server-only";
import { execFile } from "node:child_process";

/**
 * Virus-scan hook: `scanFile(path)` is called on every upload after its type was checked and before
 * it is accepted (the file is still in EVIDENCE_DIR/tmp; a refused file is deleted).
 *
 * Default (EVIDENCE_SCAN_COMMAND empty): no scan, every file is accepted.
 *
 * To plug in ClamAV, run clamd on the server and set for example
 *
 *   EVIDENCE_SCAN_COMMAND="clamdscan --no-summary --fdpass {file}"
 *
 * The command is split on spaces (double quotes group words), `{file}` is replaced by the file's
 * absolute path (appended when absent) and run WITHOUT a shell. Exit code 0 = clean; anything else
 * refuses the upload (clamdscan: 1 = virus found, 2 = error — the upload is refused either way, so
 * a scanner that is down never lets a file through). EVIDENCE_SCAN_TIMEOUT_MS (default 60000)
 * bounds each scan.
 */

export type ScanResult = { ok: true } | { ok: false; infected: boolean; detail: string };

/** Splits a command line on spaces, keeping "double quoted" words together. */
export function splitCommand(command: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(command))) out.push(m[1] ?? m[2]);
  return out;
}

export function buildScanArgv(command: string, file: string): string[] {
  const argv = splitCommand(command);
  if (!argv.some((a) => a.includes("{file}"))) argv.push("{file}");
  return argv.map((a) => a.replaceAll("{file}", file));
}

export async function scanFile(file: string, command = process.env.EVIDENCE_SCAN_COMMAND?.trim() ?? ""): Promise<ScanResult> {
  if (!command) return { ok: true };
  const [bin, ...args] = buildScanArgv(command, file);
  const timeout = Number(process.env.EVIDENCE_SCAN_TIMEOUT_MS) || 60_000;
  return new Promise((resolve) => {
    execFile(bin, args, { timeout, windowsHide: true, maxBuffer: 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return resolve({ ok: true });
      const code = (err as unknown as { code?: number | string }).code;
      const detail = `${String(stdout).trim()} ${String(stderr).trim()}`.trim().slice(0, 500) || err.message;
      resolve({ ok: false, infected: code === 1, detail });
    });
  });
}

export const INFECTED_MESSAGE = (fileName: string) =>
  `Tệp “${fileName}” bị chương trình quét virus từ chối (có dấu hiệu chứa mã độc): không được tải lên.`;
export const SCAN_FAILED_MESSAGE = (fileName: string) =>
  `Chưa kiểm tra được virus cho tệp “${fileName}” nên tệp chưa được nhận. Vui lòng thử lại sau hoặc báo quản trị hệ thống.`;
