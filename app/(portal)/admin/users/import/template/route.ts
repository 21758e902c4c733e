import { accountsTemplateResponse } from "@/lib/imports/accounts/http";

/** GET: the template of the account list. */
export async function GET() {
  return accountsTemplateResponse();
}
