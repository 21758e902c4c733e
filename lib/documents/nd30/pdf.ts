import "server-only";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The PDF of a document is the .docx printed by LibreOffice (headless), so that the editable and the
 * printable versions cannot drift apart. LibreOffice is a system package (Debian: libreoffice-writer);
 * without it the PDF download answers with a clear message and the .docx still works.
 *
 * Conversions run one at a time in this process (a few seconds each, ~150 MB), with a time limit.
 * They share one LibreOffice profile per process (creating a profile costs seconds); a conversion that
 * fails or times out throws the profile away, so a broken one cannot block the next.
 */

export const SOFFICE = process.env.SOFFICE_PATH || "/usr/bin/soffice";
const TIMEOUT_MS = 60_000;

export class PdfUnavailableError extends Error {}

let queue: Promise<unknown> = Promise.resolve();
const profileDir = path.join(os.tmpdir(), `nd30-lo-profile-${process.pid}`);

export async function pdfAvailable(): Promise<boolean> {
  try {
    await fs.access(SOFFICE, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Many .docx files to PDF in one LibreOffice start (the render test); returns the PDFs in order. */
export async function docxFilesToPdf(buffers: Buffer[]): Promise<Buffer[]> {
  if (!(await pdfAvailable())) throw new PdfUnavailableError("LibreOffice chưa được cài trên máy chủ.");
  const job = queue.then(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nd30-"));
    try {
      const inputs = await Promise.all(
        buffers.map(async (b, i) => {
          const p = path.join(dir, `${i}-${randomUUID()}.docx`);
          await fs.writeFile(p, b);
          return p;
        }),
      );
      await new Promise<void>((resolve, reject) => {
        execFile(
          SOFFICE,
          [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...inputs],
          { timeout: TIMEOUT_MS * Math.max(1, buffers.length / 4), env: { ...process.env, HOME: dir } },
          (err) => {
            if (!err) return resolve();
            void fs.rm(profileDir, { recursive: true, force: true }).finally(() => reject(err));
          },
        );
      });
      return Promise.all(inputs.map((p) => fs.readFile(p.replace(/\.docx$/, ".pdf"))));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/** One .docx to PDF. */
export async function docxToPdf(buffer: Buffer): Promise<Buffer> {
  const [pdf] = await docxFilesToPdf([buffer]);
  return pdf;
}
