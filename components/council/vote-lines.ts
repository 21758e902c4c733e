import { VOTE_LABELS } from "@/lib/awards/labels";
import type { VoteChoice } from "@/lib/generated/prisma/enums";

/**
 * An open ballot's votes on one item, as the results page sends them to the browser: one letter per member
 * convened, in the members' order (A đồng ý, D không đồng ý, B không biểu quyết, "." no vote). The names
 * travel once for the page, not once per item: 200 items × 25 members repeated them 200 times.
 */
const CODE: Record<VoteChoice, string> = { AGREE: "A", DISAGREE: "D", ABSTAIN: "B" };
const CHOICE_OF: Record<string, VoteChoice> = { A: "AGREE", D: "DISAGREE", B: "ABSTAIN" };
const CHOICES: VoteChoice[] = ["AGREE", "DISAGREE", "ABSTAIN"];

export interface VoteLineMember {
  fullName: string;
  present: boolean;
}

export interface VoteLine {
  label: string;
  names: string;
  muted?: boolean;
}

export function encodeVotes(memberIds: readonly string[], votes: Readonly<Record<string, VoteChoice>>): string {
  return memberIds.map((id) => (votes[id] ? CODE[votes[id]] : ".")).join("");
}

/** An item's votes as the result shows them: the members of each choice, then those who did not vote. */
export function voteLines(members: readonly VoteLineMember[], code: string): VoteLine[] {
  const choiceOf = (i: number): VoteChoice | undefined => CHOICE_OF[code[i] ?? "."];
  const lines: VoteLine[] = [];
  for (const c of CHOICES) {
    const names = members.filter((_, i) => choiceOf(i) === c).map((m) => m.fullName);
    if (names.length) lines.push({ label: `${VOTE_LABELS[c]} (${names.length})`, names: names.join(", ") });
  }
  const none = members.filter((_, i) => !choiceOf(i));
  if (none.length) lines.push({ label: `Không bỏ phiếu (${none.length})`, names: none.map((m) => `${m.fullName}${m.present ? "" : " (vắng mặt)"}`).join(", "), muted: true });
  return lines;
}
