import { formatShare, minimumForShare, reachesShare, type VotingRule } from "@/lib/council/rules";

/** Agenda items whose award form's quorum the current attendance does not reach, grouped by form. */
export interface QuorumShortfall {
  formName: string;
  /** "ít nhất 2/3", "trên 50%". */
  share: string;
  /** Members who must be present for that rule. */
  minimum: number;
  /** Items of that form that would not be decided. */
  items: number;
}

/** Pure: reuses the council's own quorum rule (reachesShare), never a re-implementation of it. */
export function quorumShortfalls(items: { formName: string; rule: VotingRule }[], present: number, invited: number): QuorumShortfall[] {
  const byForm = new Map<string, QuorumShortfall>();
  for (const i of items) {
    if (reachesShare(present, invited, i.rule.quorum)) continue;
    const share = `${i.rule.quorum.strict ? "trên" : "ít nhất"} ${formatShare(i.rule.quorum)}`;
    const key = `${i.formName}\u0000${share}`;
    const s = byForm.get(key);
    if (s) s.items++;
    else byForm.set(key, { formName: i.formName, share, minimum: minimumForShare(invited, i.rule.quorum), items: 1 });
  }
  return [...byForm.values()];
}

/** "Chưa đủ số thành viên có mặt theo quy tắc của «…» (cần ít nhất 2/3, tối thiểu 5/7 thành viên; đang có mặt 4): …" */
export function shortfallText(s: QuorumShortfall, present: number, invited: number): string {
  const what = s.items === 1 ? "đề nghị này" : `${s.items} đề nghị này`;
  return `Chưa đủ số thành viên có mặt theo quy tắc của «${s.formName}» (cần ${s.share} số thành viên, tối thiểu ${Math.min(s.minimum, invited)}/${invited}; đang có mặt ${present}/${invited}): kết thúc lúc này sẽ không quyết định được ${what}.`;
}
