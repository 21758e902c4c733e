import "server-only";
import { PassThrough, Readable } from "node:stream";
import { createLimiter, LimiterBusyError } from "@/lib/concurrency/limiter";
import { contentDisposition } from "@/lib/consolidation/download";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Spreadsheet exports of this process, one at a time (XLSX_EXPORT_CONCURRENCY to change), the others in
 * line: five exports of 20,000 rows at once each took ~6.5 s and held five copies of the rows in memory;
 * in line each waits for the ones before it and memory holds one. Past 20 waiting the request is refused
 * with a message (503) instead of queueing without end.
 */
const exportsLine = createLimiter({
  concurrency: Math.max(1, Number(process.env.XLSX_EXPORT_CONCURRENCY) || 1),
  maxWaiting: 20,
});

/**
 * The response of an XLSX download: headers at once, the workbook streamed as `write` produces it once
 * its turn has come. A failure after the start cuts the download (the browser shows it as failed).
 */
export function streamXlsx(fileName: string, write: (out: PassThrough) => Promise<unknown>): Response {
  if (exportsLine.stats.waiting >= 20) {
    return new Response(new LimiterBusyError().message, { status: 503, headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "60" } });
  }
  const out = new PassThrough();
  exportsLine
    .run(() => write(out))
    .catch((err) => {
      console.error("XLSX export failed", err);
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  return new Response(Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>, { headers: xlsxHeaders(fileName) });
}

/** The headers of a spreadsheet download: its type, its file name, never cached by anyone else. */
export function xlsxHeaders(fileName: string) {
  return { "content-type": XLSX_TYPE, "content-disposition": contentDisposition(fileName), "cache-control": "private, no-store" };
}

/** A spreadsheet built in memory (an import template), as a download. */
export function xlsxFileResponse(bytes: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(bytes), { headers: xlsxHeaders(fileName) });
}
