import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { NOMINEE_TYPE_LABELS, OUTCOME_LABELS, VOTE_LABELS } from "@/lib/awards/labels";
import type { AgendaItemView } from "@/lib/council/voting/queries";
import type { VoteChoice } from "@/lib/generated/prisma/enums";

const CHOICES: VoteChoice[] = ["AGREE", "DISAGREE", "ABSTAIN"];

export const OUTCOME_TONES = { APPROVED: "green", REJECTED: "red", NO_QUORUM: "amber" } as const;

/** What is proposed: the nominee (with type and detail), the proposing unit and the award form. */
export function ProposalSummary({ item }: { item: AgendaItemView }) {
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
export function AdmissionNote({ item }: { item: AgendaItemView }) {
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

/** One agenda item on the member's ballot: the proposal, its rule, a link to the dossier, and the member's choice. */
export function BallotItem({
  item,
  myVote,
  canVote,
  showMyVote,
  ballotsCast,
  present,
}: {
  item: AgendaItemView;
  myVote: VoteChoice | undefined;
  canVote: boolean;
  /** False when the member's own votes cannot be read (secret ballot without a usable key). */
  showMyVote: boolean;
  /** Chair only, while voting: ballots received for this item. */
  ballotsCast: number | null;
  present: number;
}) {
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4 print:break-inside-avoid" data-testid="ballot-item">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0 flex-1">
          <ProposalSummary item={item} />
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-medium text-slate-900">Quy tắc: </span>
            cần {item.ruleText.quorum}; đề nghị được thông qua khi có {item.ruleText.threshold}.
          </p>
          <AdmissionNote item={item} />
          <p className="mt-2 text-sm">
            <Link href={`/awards/proposals/${item.proposalId}`} prefetch={false} className="text-brand-700 underline underline-offset-2" target="_blank">
              Xem hồ sơ đề nghị<span className="sr-only"> của {item.nomineeName}</span> (mở thẻ mới)
            </Link>
          </p>
        </div>
        <div className="flex shrink-0 flex-col gap-2 lg:w-80">
          {item.tally ? (
            <p className="text-sm">
              <Badge tone={OUTCOME_TONES[item.tally.outcome]}>{OUTCOME_LABELS[item.tally.outcome]}</Badge>
              <span className="mt-1 block text-slate-700">{item.tally.reason}</span>
            </p>
          ) : (
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium text-slate-900">
                Biểu quyết<span className="sr-only"> đề nghị {item.no}: {item.nomineeName}</span>
              </legend>
              {/* The choices' look is set once on their container (200 items on one page). */}
              <div className="flex flex-wrap gap-2 *:inline-flex *:min-h-10 *:cursor-pointer *:items-center *:gap-2 *:rounded-md *:border *:border-slate-400 *:px-3 *:py-1.5 *:text-sm *:has-checked:border-brand-700 *:has-checked:bg-brand-50 *:has-checked:font-semibold *:has-disabled:cursor-not-allowed *:has-disabled:opacity-70 [&_input]:h-5 [&_input]:w-5 [&_input]:accent-brand-700">
                {CHOICES.map((c) => (
                  <label key={c}>
                    <input type="radio" name={`vote:${item.id}`} value={c} defaultChecked={myVote === c} disabled={!canVote} />
                    {VOTE_LABELS[c]}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {showMyVote && (
            <p className="text-sm text-slate-800" data-testid="my-vote">
              {myVote ? (
                <>
                  Bạn đã biểu quyết: <span className="font-semibold">{VOTE_LABELS[myVote]}</span>
                </>
              ) : (
                <span className="text-slate-600">Bạn chưa biểu quyết đề nghị này.</span>
              )}
            </p>
          )}
          {ballotsCast !== null && (
            <p className="text-sm text-slate-700" data-testid="ballots-cast">
              Đã nhận {ballotsCast}/{present} phiếu của thành viên có mặt
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
