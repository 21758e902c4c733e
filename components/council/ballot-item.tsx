"use client";

import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { OUTCOME_LABELS, VOTE_LABELS } from "@/lib/awards/labels";
import type { Outcome } from "@/lib/council/rules";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import { AdmissionNote, OUTCOME_TONES, ProposalSummary, type AgendaItemSummary } from "./proposal-summary";

const CHOICES: VoteChoice[] = ["AGREE", "DISAGREE", "ABSTAIN"];

/**
 * One agenda item on the member's ballot: the proposal, its rule, a link to the dossier, and the member's choice.
 * A client row: a ballot lists up to 200 items, and each sends its texts (`item`) instead of its element
 * tree in the page's payload (the page weighed ~1.2 MB).
 */
export function BallotItem({
  item,
  myVote,
  canVote,
  showMyVote,
  ballotsCast,
  present,
}: {
  item: AgendaItemSummary & { tally: { outcome: Outcome; reason: string } | null };
  myVote: VoteChoice | undefined;
  canVote: boolean;
  /** False when the member's own votes cannot be read (secret ballot without a usable key). */
  showMyVote: boolean;
  /** Chair only, while voting: ballots received for this item. */
  ballotsCast: number | null;
  present: number;
}) {
  return (
    <li className="agenda-item" data-testid="ballot-item">
      <div className="agenda-item-body">
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
              {/* The choices' look is one class of app/globals.css (200 items on one page). */}
              <div className="vote-choices">
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
