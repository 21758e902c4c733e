import { accountsImportResponse } from "@/lib/imports/accounts/http";

/** POST (multipart: file): the accounts of an Excel file, all created or none; temporary passwords shown once. */
export async function POST(req: Request) {
  return accountsImportResponse(req);
}
