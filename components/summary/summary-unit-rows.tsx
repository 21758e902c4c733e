"use client";

import { Badge } from "@/components/ui/badge";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

/**
 * The rows of the summary's table per unit on screen, as client components given their texts: a page of
 * 50 units sends their data instead of their element tree a second time (~1.1 kB per row in the payload).
 * The printed document's rows likewise (`DocumentUnitRows`: every unit of the campaign, ~2,000 in a city).
 */
export interface UnitReportStateView {
  reported: boolean;
  isLate: boolean;
  reportStatus: SubmissionStatus | null;
}

export interface UnitTableRowView extends UnitReportStateView {
  unitId: string;
  no: number;
  unitName: string;
  closed: boolean;
  overrides: number;
  /** Formatted in Vietnamese on the server: "1.234", "45,6%". */
  registered: string;
  completed: string;
  rate: string;
  /** "07/12/2026 09:30", or null when the unit has not submitted. */
  firstSubmitted: string | null;
}

export function UnitReportState({ row }: { row: UnitReportStateView }) {
  if (!row.reported) return <Badge tone="gray">{row.reportStatus === "DRAFT" ? "Đang soạn, chưa nộp" : "Chưa nộp"}</Badge>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {row.reportStatus === "ACCEPTED" ? <Badge tone="green">Đã tiếp nhận</Badge> : row.reportStatus === "RETURNED" ? <Badge tone="red">Trả lại</Badge> : <Badge tone="blue">Đã nộp</Badge>}
      {row.isLate && <Badge tone="amber">Trễ hạn</Badge>}
    </span>
  );
}

const td = "px-2 py-2 sm:px-3";
const num = `${td} text-right tabular-nums whitespace-nowrap`;

export function UnitTableRows({ rows }: { rows: UnitTableRowView[] }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.unitId} className="border-t border-slate-200 align-top">
          <td className={`${td} text-center`}>{r.no}</td>
          <td className={td}>
            {r.unitName}
            {r.closed && <span className="text-slate-600"> (đã ngừng hoạt động)</span>}
            {r.overrides > 0 && <span className="mt-0.5 block text-xs text-slate-600">Điều chỉnh số lượng hoàn thành ở {r.overrides} lĩnh vực</span>}
            <span className="mt-1 block sm:hidden">
              <UnitReportState row={r} />
            </span>
          </td>
          <td className={num}>{r.registered}</td>
          <td className={num}>{r.completed}</td>
          <td className={num}>{r.rate}</td>
          <td className={`${td} hidden sm:table-cell`}>
            <UnitReportState row={r} />
            {r.firstSubmitted && <span className="mt-0.5 block text-xs text-slate-600">Nộp lần đầu {r.firstSubmitted}</span>}
          </td>
        </tr>
      ))}
    </>
  );
}

export interface DocumentUnitRowView {
  unitId: string;
  no: number;
  unitName: string;
  closed: boolean;
  registered: string;
  completed: string;
  rate: string;
  /** "Đã nộp (07/12/2026 09:30)", "Nộp trễ hạn (…)", "Chưa nộp". */
  report: string;
}

const docTd = "border border-slate-700 px-2 py-1";
const docNum = `${docTd} text-center whitespace-nowrap`;

/** Bảng 2 of the printed document: every unit, bordered cells, no badges. */
export function DocumentUnitRows({ rows }: { rows: DocumentUnitRowView[] }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.unitId} className="break-inside-avoid">
          <td className={`${docTd} text-center`}>{r.no}</td>
          <td className={docTd}>
            {r.unitName}
            {r.closed && <span className="text-slate-600"> (đã ngừng hoạt động)</span>}
          </td>
          <td className={docNum}>{r.registered}</td>
          <td className={docNum}>{r.completed}</td>
          <td className={docNum}>{r.rate}</td>
          <td className={docTd}>{r.report}</td>
        </tr>
      ))}
    </>
  );
}
