import { unitsTemplateResponse } from "@/lib/imports/units/http";

/** GET: the template of the unit list. */
export async function GET() {
  return unitsTemplateResponse();
}
