import type { Nd30Block, OfficialDocument } from "@/lib/documents/nd30/model";
import type { AppraisalMinutesModel } from "./document";

/**
 * The appraisal minutes as an official document (Nghị định 30/2020): the campaign's issuing unit above
 * its Steering Committee, the results table (header repeated on every page, rows never split), the
 * closing kept with the signatures of the person recording and the chair.
 */
export function appraisalMinutesOfficialDocument(m: AppraisalMinutesModel): OfficialDocument {
  const blocks: Nd30Block[] = m.blocks.map((b) =>
    b.kind === "table"
      ? {
          kind: "table",
          columns: [
            { title: "STT", width: 7, align: "center" },
            { title: "Hạng", width: 12, align: "center" },
            { title: "Nội dung", width: 35 },
            { title: "Đơn vị", width: 18 },
            { title: "Tổng điểm", width: 10, align: "center" },
            { title: "Kết luận", width: 18 },
          ],
          rows: m.table.map((r) => [r.no, r.rank, r.content, r.unitName, r.total, r.verdict]),
        }
      : b,
  );
  return {
    parentBody: m.parentName,
    issuingBody: m.bodyLines.join(" "),
    numberLine: m.numberLine,
    placeDate: m.placeDate,
    draft: m.draft,
    title: m.title,
    summary: [m.summary],
    subtitle: [m.subtitle],
    blocks: [...blocks, { kind: "para", text: m.closing }],
    recipients: [],
    leftSigner: { title: "NGƯỜI GHI BIÊN BẢN", note: "(Ký, ghi rõ họ tên)", name: m.recorderName },
    signer: { title: "CHỦ TRÌ", note: "(Ký, ghi rõ họ tên)", name: m.chairName },
    meta: { title: `Biên bản thẩm định – ${m.subtitle}`, creator: m.parentName },
  };
}
