import { VOTE_LABELS } from "@/lib/awards/labels";
import type { AgendaItemView, SessionMemberView } from "@/lib/council/voting/queries";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import { agendaItemSummary } from "./proposal-summary";
import { ResultItem, type ResultItemData } from "./result-item";

const CHOICES: VoteChoice[] = ["AGREE", "DISAGREE", "ABSTAIN"];

/** An item's votes as the result shows them: the members of each choice, then those who did not vote. */
function voteLines(members: readonly SessionMemberView[], votes: Record<string, VoteChoice>): NonNullable<ResultItemData["votes"]> {
  const lines: NonNullable<ResultItemData["votes"]> = [];
  for (const c of CHOICES) {
    const names = members.filter((m) => votes[m.userId] === c).map((m) => m.fullName);
    if (names.length) lines.push({ label: `${VOTE_LABELS[c]} (${names.length})`, names: names.join(", ") });
  }
  const none = members.filter((m) => !votes[m.userId]);
  if (none.length) lines.push({ label: `Không bỏ phiếu (${none.length})`, names: none.map((m) => `${m.fullName}${m.presentAt ? "" : " (vắng mặt)"}`).join(", "), muted: true });
  return lines;
}

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
        return (
          <ResultItem
            key={item.id}
            item={agendaItemSummary(item)}
            tally={t && { outcome: t.outcome, reason: t.reason, agree: t.agree, disagree: t.disagree, abstain: t.abstain, invited: t.invited, present: t.present }}
            votes={t && memberVotes ? voteLines(members, memberVotes[item.id] ?? {}) : null}
          />
        );
      })}
    </ol>
  );
}
