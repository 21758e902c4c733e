import type { AgendaItemView, SessionMemberView } from "@/lib/council/voting/queries";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import { agendaItemSummary } from "./proposal-summary";
import { ResultItems } from "./result-item";
import { encodeVotes } from "./vote-lines";

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
  const ids = members.map((m) => m.userId);
  return (
    <ResultItems
      members={memberVotes ? members.map((m) => ({ fullName: m.fullName, present: !!m.presentAt })) : []}
      items={items.map((item) => {
        const t = item.tally;
        return {
          item: agendaItemSummary(item),
          tally: t && { outcome: t.outcome, reason: t.reason, agree: t.agree, disagree: t.disagree, abstain: t.abstain, invited: t.invited, present: t.present },
          votes: t && memberVotes ? encodeVotes(ids, memberVotes[item.id] ?? {}) : null,
        };
      })}
    />
  );
}
