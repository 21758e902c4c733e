import { longDateVN, placeOf } from "@/lib/awards/decisions/official";
import type { AppraisalVerdict } from "@/lib/generated/prisma/enums";
import { formatDateVN } from "@/lib/time/vn";
import { formatPoints } from "../rubric";
import { NO_VERDICT, pointsOrDash, rankLabel, verdictCounts, verdictLabel } from "./labels";

/**
 * The appraisal minutes (biên bản thẩm định mô hình, giải pháp, sáng kiến), as one model shared by the
 * .docx and the print view (Nghị định 30/2020/NĐ-CP): the campaign's issuing unit and its Steering
 * Committee, the national title, place and date, the title, time and place, the panel, the rubric, how
 * the items were chosen, the results table, the conclusion (counts per verdict, the chair's note) and
 * the signatures (the person recording = the user generating it, the chair). Pure: no database.
 */

export interface MinutesPerson {
  fullName: string;
  jobTitle: string | null;
  unitName: string;
}

export interface AppraisalMinutesInput {
  issuingUnit: { name: string; kind: string; parentName: string | null };
  campaign: { documentNumber: string; title: string };
  round: {
    name: string;
    status: "DRAFT" | "OPEN" | "CLOSED";
    openedAt: Date | null;
    closedAt: Date | null;
    inclusionNote: string | null;
    minutesPlace: string | null;
    minutesNote: string | null;
    spreadThreshold: number;
    evaluatorsPerItem: number;
  };
  chair: MinutesPerson;
  evaluators: MinutesPerson[];
  recorder: MinutesPerson;
  criteria: readonly { name: string; maxPoints: number; weight: number | null }[];
  rows: {
    rank: number | null;
    tied: boolean;
    content: string;
    unitName: string;
    total: number | null;
    flagged: boolean;
    verdict: AppraisalVerdict | null;
  }[];
  now: Date;
}

export interface MinutesTableRow {
  no: string;
  rank: string;
  content: string;
  unitName: string;
  total: string;
  verdict: string;
}

/** A paragraph of the body: a heading ("I. THÀNH PHẦN"), a line, or a dash item (its text without the dash: the layout draws it). */
export type MinutesBlock = { kind: "heading"; text: string } | { kind: "para"; text: string } | { kind: "item"; text: string } | { kind: "table" };

export interface AppraisalMinutesModel {
  draft: boolean;
  parentName: string;
  /** The issuing unit's name in lines of at most ~30 characters (upper-cased by the renderers). */
  parentLines: string[];
  /** "BAN CHỈ ĐẠO" / "CẢI CÁCH HÀNH CHÍNH": two lines, as the body's name is too long for one. */
  bodyLines: string[];
  numberLine: string; // "Số:      /BB-BCĐ"
  placeDate: string; // "Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026"
  title: string; // "BIÊN BẢN"
  summary: string; // "Thẩm định mô hình, giải pháp, sáng kiến …"
  subtitle: string; // the round's name
  blocks: MinutesBlock[];
  table: MinutesTableRow[];
  closing: string;
  recorderName: string;
  chairName: string;
  fileName: string;
}

const person = (p: MinutesPerson) => [p.fullName, p.jobTitle, p.unitName].filter((x) => x && x.trim()).join(", ");

export function appraisalMinutesModel(m: AppraisalMinutesInput): AppraisalMinutesModel {
  const r = m.round;
  const dated = r.closedAt ?? m.now;
  const period =
    r.openedAt && r.closedAt
      ? `từ ngày ${formatDateVN(r.openedAt)} đến ngày ${formatDateVN(r.closedAt)}`
      : r.openedAt
        ? `từ ngày ${formatDateVN(r.openedAt)} (đợt thẩm định chưa kết thúc)`
        : "……………";
  const kind = m.issuingUnit.kind;
  const blocks: MinutesBlock[] = [];
  const para = (text: string) => blocks.push({ kind: "para", text });
  const item = (text: string) => blocks.push({ kind: "item", text });
  const heading = (text: string) => blocks.push({ kind: "heading", text });

  para(`Thời gian thẩm định: ${period}.`);
  para(`Địa điểm: ${r.minutesPlace?.trim() || m.issuingUnit.name}.`);
  heading("I. THÀNH PHẦN");
  para(`Chủ trì: ${person(m.chair)}.`);
  para(`Thành viên Tổ thẩm định (${m.evaluators.length} người):`);
  if (m.evaluators.length === 0) item("Không có.");
  for (const e of m.evaluators) item(`${person(e)}.`);
  para(`Người ghi biên bản: ${person(m.recorder)}.`);

  heading("II. NỘI DUNG");
  para(
    `Thực hiện Kế hoạch số ${m.campaign.documentNumber} (${m.campaign.title}), Ban Chỉ đạo cải cách hành chính ${m.issuingUnit.name} tổ chức thẩm định các mô hình, giải pháp, sáng kiến như sau:`,
  );
  para("1. Tiêu chí thẩm định:");
  const weighted = m.criteria.some((c) => c.weight != null);
  m.criteria.forEach((c, i) => item(`Tiêu chí ${i + 1}: ${c.name}, tối đa ${formatPoints(c.maxPoints)} điểm${c.weight != null ? `, trọng số ${formatPoints(c.weight)}` : ""}.`));
  para(
    weighted
      ? "Tổng điểm của mỗi nội dung quy về thang 100 theo trọng số của từng tiêu chí, từ điểm trung bình của các thành viên đã nộp phiếu chấm."
      : "Tổng điểm của mỗi nội dung là tổng điểm trung bình các tiêu chí của các thành viên đã nộp phiếu chấm, quy về thang 100.",
  );
  para(
    `2. Nội dung đưa vào thẩm định: ${m.rows.length} mô hình, giải pháp, sáng kiến${r.inclusionNote?.trim() ? ` (${r.inclusionNote.trim().replace(/[.。]+$/, "")})` : ""}; mỗi nội dung do ${r.evaluatorsPerItem} thành viên chấm độc lập.`,
  );
  const scored = m.rows.filter((x) => x.total != null).length;
  const flagged = m.rows.filter((x) => x.flagged).length;
  para(
    `3. Kết quả chấm điểm: ${scored}/${m.rows.length} nội dung có điểm${flagged ? `; ${flagged} nội dung có độ lệch điểm giữa các thành viên trên ${formatPoints(r.spreadThreshold)} điểm, đã được Tổ thẩm định thảo luận` : ""}. Xếp hạng theo tổng điểm, các nội dung bằng điểm đồng hạng:`,
  );
  blocks.push({ kind: "table" });

  heading("III. KẾT LUẬN");
  const counts = verdictCounts(
    m.rows.map((x) => x.verdict),
    kind,
  );
  para(`Tổ thẩm định thống nhất kết luận đối với ${m.rows.length} nội dung:`);
  if (counts.length === 0) item("Không có nội dung.");
  for (const c of counts) item(`${c.label}: ${c.count} nội dung.`);
  const note = r.minutesNote?.trim();
  if (note) {
    para("Ý kiến khác:");
    for (const line of note.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) para(line);
  }

  return {
    draft: r.status !== "CLOSED",
    parentName: m.issuingUnit.name,
    parentLines: splitHeaderName(m.issuingUnit.name),
    bodyLines: ["BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH"],
    numberLine: "Số:        /BB-BCĐ",
    placeDate: `${placeOf(m.issuingUnit.name, m.issuingUnit.parentName)}, ${longDateVN(dated)}`,
    title: "BIÊN BẢN",
    summary: "Thẩm định mô hình, giải pháp, sáng kiến cải cách hành chính",
    subtitle: `${r.name} – Kế hoạch số ${m.campaign.documentNumber}`,
    blocks,
    table: m.rows.map((x, i) => ({
      no: String(i + 1),
      rank: rankLabel(x.rank, x.tied),
      content: x.content,
      unitName: x.unitName,
      total: pointsOrDash(x.total),
      verdict: x.verdict ? verdictLabel(x.verdict, kind) : NO_VERDICT,
    })),
    closing:
      "Biên bản kết thúc vào lúc …… giờ …… cùng ngày, được lập thành …… bản, đã thông qua các thành viên Tổ thẩm định và thống nhất nội dung.",
    recorderName: m.recorder.fullName,
    chairName: m.chair.fullName,
    fileName: minutesFileName(r.name),
  };
}

/** "Biên bản thẩm định - <round>.docx" (the route adds an ASCII fallback). */
export function minutesFileName(roundName: string): string {
  const slug = roundName
    .normalize("NFC")
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `Biên bản thẩm định - ${slug || "đợt thẩm định"}.docx`;
}

/**
 * An organisation's name for the header block, in lines that fit the left column (about 30 capital
 * letters at 12 pt): broken between words, never inside one, and a short name stays on one line.
 * "Ủy ban nhân dân Thành phố Hồ Chí Minh" → ["Ủy ban nhân dân", "Thành phố Hồ Chí Minh"].
 */
export function splitHeaderName(name: string, max = 30): string[] {
  const words = name.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.join(" ").length <= max) return [words.join(" ")];
  // The most balanced break of two lines that both fit; otherwise greedy lines.
  let best: string[] | null = null;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(" ");
    const b = words.slice(i).join(" ");
    if (a.length <= max && b.length <= max && (!best || Math.abs(a.length - b.length) < Math.abs(best[0].length - best[1].length))) best = [a, b];
  }
  if (best) return best;
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    if (cur && `${cur} ${w}`.length > max) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
