import { removalRefusedMessage } from "@/lib/recognition/rules";

/** Pure rules specific to Mẫu 1: what gives a registered row a life beyond its form. (Statuses, lateness and
 * the review rules of every submitted document live in lib/submissions.) */

/** What gives a registered row a life of its own beyond the form (see `initiativeLives`). */
export interface InitiativeLife {
  evidence: boolean;
  results: boolean;
  /** Document numbers of the campaigns it was forwarded to. */
  forwardedTo: string[];
  /** Cited by a submitted Mẫu 2 report (a part of one of its versions). */
  inSubmittedReport: boolean;
  /** Named by a recognition decision (quyết định công nhận): the first one, "52/QĐ-SQHKT" and its date dd/MM/yyyy. */
  recognisedBy?: { number: string; signedOnText: string } | null;
}

export function hasLife(l: InitiativeLife): boolean {
  return l.evidence || l.results || l.forwardedTo.length > 0 || l.inSubmittedReport || !!l.recognisedBy;
}

/**
 * Why a row cannot be removed from a returned Mẫu 1 (its evidence, figures, forwards and reports
 * would lose their subject): "Nội dung này đã có minh chứng và số liệu kết quả, đã được gửi lên kế
 * hoạch 1018/KH-UBND nên không thể xoá; …".
 */
export function removalRefusal(l: InitiativeLife): string {
  // A decision recognised it: the decision names it, so the row stays (lib/recognition).
  if (l.recognisedBy) return removalRefusedMessage(l.recognisedBy.number, l.recognisedBy.signedOnText);
  const had = [l.evidence && "minh chứng", l.results && "số liệu kết quả"].filter(Boolean).join(" và ");
  const parts = [
    had && `đã có ${had}`,
    l.forwardedTo.length > 0 && `đã được gửi lên kế hoạch ${l.forwardedTo.join(", ")}`,
    l.inSubmittedReport && "đã có trong báo cáo đã nộp",
  ].filter(Boolean);
  return `Nội dung này ${parts.join(", ")} nên không thể xoá; hãy giữ lại và ghi chú thay đổi trong cột Ghi chú.`;
}
