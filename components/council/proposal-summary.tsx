import { Badge } from "@/components/ui/badge";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import type { AgendaItemView } from "@/lib/council/voting/queries";

export const OUTCOME_TONES = { APPROVED: "green", REJECTED: "red", NO_QUORUM: "amber" } as const;

/**
 * What a ballot or a result shows of an agenda item: the compact shape a client row receives (the
 * ballot's 200 items are client rows: each sends these texts, not its element tree).
 */
export type AgendaItemSummary = Pick<
  AgendaItemView,
  | "id"
  | "no"
  | "proposalId"
  | "nomineeType"
  | "nomineeName"
  | "nomineeDetail"
  | "nomineeIsBusiness"
  | "unitName"
  | "formName"
  | "beyondAuthority"
  | "formOrganisationName"
  | "failsHardCriterion"
  | "admissionJustification"
  | "ruleText"
>;

export function agendaItemSummary(item: AgendaItemView): AgendaItemSummary {
  return {
    id: item.id,
    no: item.no,
    proposalId: item.proposalId,
    nomineeType: item.nomineeType,
    nomineeName: item.nomineeName,
    nomineeDetail: item.nomineeDetail,
    nomineeIsBusiness: item.nomineeIsBusiness,
    unitName: item.unitName,
    formName: item.formName,
    beyondAuthority: item.beyondAuthority,
    formOrganisationName: item.formOrganisationName,
    failsHardCriterion: item.failsHardCriterion,
    admissionJustification: item.admissionJustification,
    ruleText: item.ruleText,
  };
}

/** What is proposed: the nominee (with type and detail), the proposing unit and the award form. */
export function ProposalSummary({ item }: { item: AgendaItemSummary }) {
  return (
    <>
      <p className="font-semibold text-slate-900">
        <span className="text-slate-600">{item.no}. </span>
        {item.nomineeName}
        {item.nomineeDetail && <span className="font-normal text-slate-700"> — {item.nomineeDetail}</span>}
      </p>
      <p className="text-sm text-slate-700">
        {NOMINEE_TYPE_LABELS[item.nomineeType]}
        {item.nomineeType === "CITIZEN" && item.nomineeIsBusiness ? " (doanh nghiệp)" : ""} · Đơn vị đề nghị: {item.unitName}
      </p>
      <p className="text-sm text-slate-700">
        Hình thức: <span className="font-medium text-slate-900">{item.formName}</span>
        {item.beyondAuthority && (
          <>
            {" "}
            <Badge tone="violet">Vượt thẩm quyền: trình {item.formOrganisationName}</Badge>
          </>
        )}
      </p>
    </>
  );
}

/** A failed hard criterion and the standing office's written reason for admitting the proposal anyway. */
export function AdmissionNote({ item }: { item: Pick<AgendaItemSummary, "failsHardCriterion" | "admissionJustification"> }) {
  if (!item.failsHardCriterion) return null;
  return (
    <div className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <Badge tone="amber">Chưa đạt tiêu chí bắt buộc</Badge>
      <p className="mt-1">
        <span className="font-medium">Lý do Thường trực vẫn trình Hội đồng: </span>
        <span className="whitespace-pre-line">{item.admissionJustification ?? "(không có)"}</span>
      </p>
    </div>
  );
}
