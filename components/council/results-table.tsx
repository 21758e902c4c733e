import { AdmissionNote, OUTCOME_TONES, ProposalSummary } from "@/components/council/ballot-item";
import { Badge } from "@/components/ui/badge";
import { OUTCOME_LABELS, VOTE_LABELS } from "@/lib/awards/labels";
import type { AgendaItemView, SessionMemberView } from "@/lib/council/voting/queries";
import type { VoteChoice } from "@/lib/generated/prisma/enums";

const CHOICES: VoteChoice[] = ["AGREE", "DISAGREE", "ABSTAIN"];

/** Each agenda item's frozen tally, outcome and reason; for an open ballot, each member's vote. */
export function ResultsList({
  items,
  members,
  memberVotes,
}: {
  items: AgendaItemView[];
  members: SessionMemberView[];
  memberVotes: Record<string, Record<string, VoteChoice>> | null;
}) {
  return (
    <ol className="flex flex-col gap-3">
      {items.map((item) => {
        const t = item.tally;
        const cast = t ? t.agree + t.disagree + t.abstain : 0;
        const votes = memberVotes?.[item.id] ?? {};
        return (
          <li key={item.id} className="rounded-lg border border-slate-300 bg-white p-4 print:break-inside-avoid print:rounded-none print:p-2" data-testid="result-item">
            <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
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
            {t && memberVotes && (
              <div className="mt-3 border-t border-slate-200 pt-2 text-sm" data-testid="member-votes">
                <p className="sr-only">Biểu quyết của từng thành viên</p>
                <ul className="flex flex-col gap-0.5">
                  {CHOICES.map((c) => {
                    const names = members.filter((m) => votes[m.userId] === c).map((m) => m.fullName);
                    return names.length ? (
                      <li key={c}>
                        <span className="font-medium">{VOTE_LABELS[c]} ({names.length}):</span> {names.join(", ")}
                      </li>
                    ) : null;
                  })}
                  {(() => {
                    const none = members.filter((m) => !votes[m.userId]);
                    return none.length ? (
                      <li className="text-slate-700">
                        <span className="font-medium">Không bỏ phiếu ({none.length}):</span> {none.map((m) => `${m.fullName}${m.presentAt ? "" : " (vắng mặt)"}`).join(", ")}
                      </li>
                    ) : null;
                  })()}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ol>
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
