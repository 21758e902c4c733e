"use client";

import { Badge } from "@/components/ui/badge";
import { OUTCOME_LABELS } from "@/lib/awards/labels";
import type { Outcome } from "@/lib/council/rules";
import { AdmissionNote, OUTCOME_TONES, ProposalSummary, type AgendaItemSummary } from "./proposal-summary";
import { voteLines, type VoteLine, type VoteLineMember } from "./vote-lines";

export interface ResultItemData {
  item: AgendaItemSummary;
  tally: { outcome: Outcome; reason: string; agree: number; disagree: number; abstain: number; invited: number; present: number } | null;
  /** An open ballot's votes, one letter per member (./vote-lines); null for a secret ballot. */
  votes: string | null;
}

/** The results' items: the members' names come once for the page, each item's votes as a code. */
export function ResultItems({ items, members }: { items: ResultItemData[]; members: VoteLineMember[] }) {
  return (
    <ol className="flex flex-col gap-3">
      {items.map((d) => (
        <ResultItem key={d.item.id} item={d.item} tally={d.tally} votes={d.votes === null ? null : voteLines(members, d.votes)} />
      ))}
    </ol>
  );
}

/**
 * One agenda item of the results: its frozen tally, outcome and reason, and for an open ballot each
 * member's vote. Client rows: 200 items × 25 members on one page, sent as their texts instead of their
 * element tree (the page weighed ~1.2 MB).
 */
function ResultItem({ item, tally: t, votes }: Omit<ResultItemData, "votes"> & { votes: VoteLine[] | null }) {
  const cast = t ? t.agree + t.disagree + t.abstain : 0;
  return (
    <li className="agenda-item print:rounded-none print:p-2" data-testid="result-item">
      <div className="agenda-item-body">
        <div className="min-w-0 flex-1">
          <ProposalSummary item={item} />
          <p className="mt-1 text-sm text-slate-700">
            Quy tắc: cần {item.ruleText.quorum}; thông qua khi có {item.ruleText.threshold}.
          </p>
          <AdmissionNote item={item} />
        </div>
        {t && (
          <div className="shrink-0 lg:w-96">
            <p>
              <Badge tone={OUTCOME_TONES[t.outcome]}>{OUTCOME_LABELS[t.outcome]}</Badge>
            </p>
            <p className="mt-1 text-sm text-slate-800" data-testid="result-reason">
              {t.reason}
            </p>
            <dl className="mt-2 grid grid-cols-3 gap-x-3 gap-y-1 text-sm sm:grid-cols-5 lg:grid-cols-3 [&_dd]:font-semibold [&_dd]:tabular-nums [&_dt]:text-xs [&_dt]:text-slate-600">
              <Count label="Đồng ý" value={t.agree} />
              <Count label="Không đồng ý" value={t.disagree} />
              <Count label="Không biểu quyết" value={t.abstain} />
              <Count label="Không bỏ phiếu" value={t.invited - cast} />
              <Count label="Có mặt" value={`${t.present}/${t.invited}`} />
            </dl>
          </div>
        )}
      </div>
      {t && votes && (
        <div className="mt-3 border-t border-slate-200 pt-2 text-sm" data-testid="member-votes">
          <p className="sr-only">Biểu quyết của từng thành viên</p>
          <ul className="flex flex-col gap-0.5">
            {votes.map((v) => (
              <li key={v.label} className={v.muted ? "text-slate-700" : undefined}>
                <span className="font-medium">{v.label}:</span> {v.names}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function Count({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
