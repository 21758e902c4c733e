import { getCurrentUser } from "@/lib/auth/session";
import { awardDecisionOfficialDocument, decisionFileBase } from "@/lib/awards/decisions/document";
import { getDecision } from "@/lib/awards/decisions/queries";
import { documentNotFound, officialDocumentResponse } from "@/lib/documents/nd30/http";
import { unitSymbol } from "@/lib/documents/nd30/model";

/** The award decision with its annex list of awardees, as Word (default) or PDF (`?format=pdf`); 404 for users outside the organisation. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return documentNotFound();
  const data = await getDecision(user, id);
  if (!data) return documentNotFound();
  const d = data.decision;
  const doc = awardDecisionOfficialDocument({
    number: d.number,
    signedOn: d.signedOn,
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    summary: d.summary,
    organisation: { name: d.organisationUnit.name, parentName: d.organisationUnit.parent?.name ?? null, symbol: unitSymbol(d.organisationUnit) },
    campaign: d.campaign,
    session: d.session,
    awardees: d.proposals.map((p) => ({
      certificateNo: p.certificateNo,
      nomineeType: p.nomineeType,
      nomineeName: p.nomineeName,
      nomineeDetail: p.nomineeDetail ?? p.nomineeUser?.jobTitle ?? null,
      nomineeIsBusiness: p.nomineeIsBusiness,
      nomineeUnitName: p.nomineeUser?.unit?.name ?? null,
      proposingUnitName: p.unit.name,
      formName: p.awardForm.name,
      formOrder: p.awardForm.sortOrder,
    })),
  });
  return officialDocumentResponse(req, doc, decisionFileBase(d.number));
}
