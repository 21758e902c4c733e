import { handleIdeaSubmit } from "@/lib/public-ideas/http";

/** The public idea form posts here (multipart, with files): see lib/public-ideas/http.ts. */
export async function POST(req: Request) {
  return handleIdeaSubmit(req);
}
