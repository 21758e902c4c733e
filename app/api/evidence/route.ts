import { handleUpload } from "@/lib/evidence/http";

/** Upload of one evidence file (raw bytes, streamed; see lib/evidence/http.ts). */
export async function POST(req: Request) {
  return handleUpload(req);
}
