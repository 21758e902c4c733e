import { numberLine, type OfficialDocument } from "@/lib/documents/nd30/model";
import { bodyLines, isHeadingLine, type MinutesDocumentModel } from "./document";

/**
 * The council's minutes as an official document (Nghị định 30/2020): the organisation above its
 * Hội đồng Thi đua - Khen thưởng, the body as the secretary wrote it, the signatures of the secretary
 * and the chair. Laid out by lib/documents/nd30/docx.ts.
 */
export function minutesOfficialDocument(m: MinutesDocumentModel): OfficialDocument {
  return {
    parentBody: m.organisationName,
    issuingBody: "Hội đồng Thi đua - Khen thưởng",
    numberLine: numberLine("BB", "HĐTĐKT"),
    placeDate: `${m.place}, ${m.dateLine}`,
    draft: m.draft,
    title: "BIÊN BẢN",
    summary: [m.heading],
    subtitle: [m.sessionTitle],
    blocks: bodyLines(m.body).map((line) =>
      isHeadingLine(line) ? { kind: "heading", text: line.trim() } : /^\s*[-–•]/.test(line) ? { kind: "item", text: line.trim().replace(/^[-–•]\s*/, "") } : { kind: "para", text: line.trim() },
    ),
    recipients: [],
    leftSigner: { title: "THƯ KÝ", note: "(Ký, ghi rõ họ tên)", name: m.secretaryName },
    signer: { title: "CHỦ TỊCH HỘI ĐỒNG", note: "(Ký, ghi rõ họ tên)", name: m.chairName },
    meta: { title: `Biên bản – ${m.sessionTitle}`, creator: m.organisationName },
  };
}
