import { NOMINEE_TYPE_LABELS, OUTCOME_LABELS, POSITION_LABELS } from "@/lib/awards/labels";
import { clockVN, longDateVN } from "@/lib/awards/decisions/official";
import { describeRule, type VotingRule } from "@/lib/council/rules";
import type { BallotMode, CouncilOutcome, CouncilPosition, ParticipantType } from "@/lib/generated/prisma/enums";

/**
 * The draft of a council session's minutes (biên bản họp Hội đồng Thi đua - Khen thưởng), composed
 * from the frozen data of a closed session only: attendance as marked, each agenda item's frozen
 * tally and outcome. Pure (no database): the same input always gives the same text, so the page can
 * tell whether the stored text was edited since it was generated.
 *
 * In an open ballot the minutes name who voted what; in a secret ballot they give only the counts.
 */

export interface MinutesMember {
  fullName: string;
  jobTitle: string | null;
  position: CouncilPosition;
  present: boolean;
}

export interface MinutesItem {
  nomineeName: string;
  nomineeType: ParticipantType;
  nomineeDetail: string | null;
  unitName: string;
  awardFormName: string;
  rule: VotingRule;
  withinAuthority: boolean;
  failsHardCriterion: boolean;
  admissionJustification: string | null;
  invited: number;
  present: number;
  agree: number;
  disagree: number;
  abstain: number;
  outcome: CouncilOutcome;
  /** Open ballot only: names per choice. */
  voters?: { agree: string[]; disagree: string[]; abstain: string[] };
}

export interface MinutesInput {
  title: string;
  organisationName: string;
  headTitle: string | null; // "Giám đốc Sở" — who decides within authority
  parentOrganisationName: string | null;
  campaign: { documentNumber: string; title: string };
  meetingAt: Date;
  location: string | null;
  agenda: string | null;
  ballotMode: BallotMode;
  chair: { fullName: string; jobTitle: string | null } | null;
  secretary: { fullName: string; jobTitle: string | null } | null;
  members: MinutesMember[];
  items: MinutesItem[];
}

const person = (p: { fullName: string; jobTitle: string | null }) => (p.jobTitle ? `${p.fullName}, ${p.jobTitle}` : p.fullName);

function nominee(it: MinutesItem): string {
  const kind = NOMINEE_TYPE_LABELS[it.nomineeType].toLowerCase();
  const detail = it.nomineeDetail ? `, ${it.nomineeDetail}` : "";
  return `${it.nomineeName} (${kind}${detail})`;
}

function names(list: string[]): string {
  return list.length ? list.join(", ") : "không có";
}

export function composeMinutes(m: MinutesInput): string {
  const present = m.members.filter((x) => x.present);
  const absent = m.members.filter((x) => !x.present);
  const lines: string[] = [];
  lines.push(
    `Thời gian: ${clockVN(m.meetingAt)}, ${longDateVN(m.meetingAt)}.`,
    `Địa điểm: ${m.location?.trim() || m.organisationName}.`,
    `Chủ trì: ${m.chair ? `${person(m.chair)} – Chủ tịch Hội đồng` : "……………"}.`,
    `Thư ký: ${m.secretary ? `${person(m.secretary)} – Ủy viên thư ký` : "……………"}.`,
    "",
    "I. THÀNH PHẦN THAM DỰ",
    `Số thành viên Hội đồng được triệu tập: ${m.members.length}; có mặt: ${present.length}; vắng mặt: ${absent.length}.`,
    "Thành viên có mặt:",
  );
  if (present.length === 0) lines.push("- Không có.");
  for (const x of present) lines.push(`- ${person(x)} – ${POSITION_LABELS[x.position]}.`);
  lines.push("Thành viên vắng mặt:");
  if (absent.length === 0) lines.push("- Không có.");
  for (const x of absent) lines.push(`- ${person(x)} – ${POSITION_LABELS[x.position]}.`);

  lines.push(
    "",
    "II. NỘI DUNG",
    `Hội đồng Thi đua - Khen thưởng ${m.organisationName} họp xét đề nghị khen thưởng theo Kế hoạch số ${m.campaign.documentNumber} (${m.campaign.title}).`,
  );
  if (m.agenda?.trim()) lines.push(...m.agenda.trim().split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
  lines.push(
    `Thư ký Hội đồng trình bày ${m.items.length} hồ sơ đề nghị khen thưởng đã được Thường trực Hội đồng kiểm tra. Hình thức biểu quyết: ${
      m.ballotMode === "SECRET" ? "bỏ phiếu kín" : "biểu quyết công khai"
    }.`,
    "",
    "III. KẾT QUẢ BIỂU QUYẾT",
  );
  m.items.forEach((it, i) => {
    const rule = describeRule(it.rule);
    lines.push(
      `${i + 1}. ${nominee(it)} – đơn vị đề nghị: ${it.unitName}.`,
      `Hình thức khen thưởng: ${it.awardFormName}${it.withinAuthority ? "" : " (vượt thẩm quyền, trình cấp trên)"}.`,
      `Quy định biểu quyết: ${rule.quorum}; ${rule.threshold}.`,
    );
    if (it.failsHardCriterion) {
      lines.push(`Hồ sơ chưa đạt tiêu chuẩn bắt buộc; Thường trực đưa ra xét với lý do: ${it.admissionJustification?.trim() || "(không ghi)"}.`);
    }
    lines.push(
      `Thành viên có mặt: ${it.present}/${it.invited}. Đồng ý: ${it.agree}; không đồng ý: ${it.disagree}; không biểu quyết: ${it.abstain}.`,
    );
    if (it.voters) {
      lines.push(
        `Đồng ý: ${names(it.voters.agree)}. Không đồng ý: ${names(it.voters.disagree)}. Không biểu quyết: ${names(it.voters.abstain)}.`,
      );
    }
    lines.push(`Kết quả: ${OUTCOME_LABELS[it.outcome]}.`);
  });
  if (m.items.length === 0) lines.push("Phiên họp không có hồ sơ nào.");

  const approvedIn = m.items.filter((it) => it.outcome === "APPROVED" && it.withinAuthority);
  const approvedUp = m.items.filter((it) => it.outcome === "APPROVED" && !it.withinAuthority);
  const rejected = m.items.filter((it) => it.outcome === "REJECTED");
  const noQuorum = m.items.filter((it) => it.outcome === "NO_QUORUM");
  lines.push("", "IV. KẾT LUẬN");
  if (approvedIn.length) {
    lines.push(
      `Hội đồng thống nhất đề nghị ${m.headTitle?.trim() || "Thủ trưởng cơ quan"} khen thưởng ${approvedIn.length} tập thể, cá nhân: ${approvedIn
        .map((it) => `${it.nomineeName} (${it.awardFormName})`)
        .join("; ")}.`,
    );
  }
  if (approvedUp.length) {
    lines.push(
      `Hội đồng thống nhất trình ${m.parentOrganisationName ?? "cấp trên"} xét khen thưởng ${approvedUp.length} tập thể, cá nhân: ${approvedUp
        .map((it) => `${it.nomineeName} (${it.awardFormName})`)
        .join("; ")}.`,
    );
  }
  if (rejected.length) lines.push(`Không tán thành: ${rejected.map((it) => it.nomineeName).join("; ")}.`);
  if (noQuorum.length) lines.push(`Không đủ số thành viên có mặt để biểu quyết (xét lại ở phiên sau): ${noQuorum.map((it) => it.nomineeName).join("; ")}.`);
  if (!approvedIn.length && !approvedUp.length && !rejected.length && !noQuorum.length) lines.push("Không có nội dung biểu quyết.");
  lines.push(
    "",
    `Cuộc họp kết thúc lúc …… giờ …… cùng ngày. Biên bản được lập thành …… bản, đã thông qua các thành viên Hội đồng có mặt và thống nhất nội dung.`,
  );
  return lines.join("\n");
}
