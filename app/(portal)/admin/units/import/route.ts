import { unitsImportResponse } from "@/lib/imports/units/http";

/** POST (multipart: file): the units of an Excel file, all created or none. */
export async function POST(req: Request) {
  return unitsImportResponse(req);
}
