import { isHandedIn } from "@/lib/extensions/rules";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { NO_PROPOSALS, type UnitProposalCounts } from "@/lib/obligations/awards";
import { PHASE_LABELS, PHASE_SLUGS } from "@/lib/reports/labels";
import type { MatrixStatus } from "@/lib/submissions/statuses";
import { formatDateTimeVN, formatDateVN, formatDeadline } from "@/lib/time/vn";
import { isProposalMilestone, proposalCellText } from "./matrix";
import type { MatrixMilestone, MatrixRow } from "./queries";

/**
 * The status matrix's table as texts and links, computed on the server: the table is a client component
 * given these (components/consolidation/status-matrix-table.tsx), so that the page's payload carries 50
 * rows of data instead of their element tree a second time (the page weighed ~200 kB, ~125 kB of it the
 * payload).
 */
export interface MatrixColumnView {
  id: string;
  title: string;
  heading: string;
  deliverable: string | null;
  due: string;
}

/** A unit's record for one milestone on the portal (Mẫu 1 or a report of a phase). */
export interface MatrixRecordCellView {
  kind: "record";
  /** `data-cell`: "registration", "report-so-ket", "report-tong-ket". */
  dataCell: string;
  /** Null while the phase is not open yet and nothing was written: `note` says when it opens. */
  status: MatrixStatus | null;
  note: string | null;
  submittedAt: string | null;
  extendedTo: string | null;
  view: { href: string; label: string; srLabel: string } | null;
  extend: { href: string; srLabel: string } | null;
}

export type MatrixCellView =
  | MatrixRecordCellView
  | { kind: "proposals"; text: string; active: boolean }
  | { kind: "offPortal" };

export interface MatrixRowView {
  no: number;
  unitId: string;
  unitName: string;
  closed: boolean;
  cells: MatrixCellView[];
}

export interface MatrixTableInput {
  campaignId: string;
  milestones: readonly MatrixMilestone[];
  rows: readonly MatrixRow[];
  firstRow: number;
  /** The office may grant extensions (reviewer of a published campaign). */
  canExtend: boolean;
  /** Active extensions by `${milestoneId}:${unitId}`. */
  extended: ReadonlyMap<string, Date>;
  proposals: { byUnit: ReadonlyMap<string, UnitProposalCounts> } | null;
}

export function matrixColumns(milestones: readonly MatrixMilestone[]): MatrixColumnView[] {
  return milestones.map((ms) => ({
    id: ms.id,
    title: ms.name,
    heading: ms.phase ? `Báo cáo ${PHASE_LABELS[ms.phase].toLowerCase()}` : ms.deliverable || ms.name,
    deliverable: ms.phase ? ms.deliverable : null,
    due: `hạn ${formatDeadline(ms.dueAt)}`,
  }));
}

export function matrixRowsView(input: MatrixTableInput): MatrixRowView[] {
  const { campaignId, milestones, canExtend, extended, proposals } = input;
  const extendHref = (unitId: string, milestoneId: string) => `/campaigns/${campaignId}/extensions?unit=${unitId}&milestone=${milestoneId}`;
  return input.rows.map((r, i) => ({
    no: input.firstRow + i + 1,
    unitId: r.unitId,
    unitName: r.unitName,
    closed: r.unitStatus === "CLOSED",
    cells: milestones.map((ms): MatrixCellView => {
      const ext = extended.get(`${ms.id}:${r.unitId}`);
      const extendedTo = ext ? `Gia hạn ${formatDeadline(ext)}` : null;
      if (ms.kind === "REGISTRATION") {
        return {
          kind: "record",
          dataCell: "registration",
          status: r.matrixStatus,
          note: null,
          submittedAt: r.lastSubmittedAt ? `Nộp lúc ${formatDateTimeVN(r.lastSubmittedAt)}` : null,
          extendedTo,
          view: r.registrationId
            ? { href: `/campaigns/${campaignId}/registrations/${r.registrationId}`, label: "Xem Mẫu 1", srLabel: ` của ${r.unitName}` }
            : null,
          // An extension is offered while the record is not handed in (the extensions' own rule).
          extend: canExtend && !isHandedIn(r.registrationStatus) ? { href: extendHref(r.unitId, ms.id), srLabel: ` cho ${r.unitName}` } : null,
        };
      }
      if (isProposalMilestone(ms.kind) && proposals) {
        const c = proposals.byUnit.get(r.unitId) ?? NO_PROPOSALS;
        return { kind: "proposals", text: proposalCellText(c), active: c.submitted > 0 || c.returned > 0 };
      }
      const cell = ms.phase ? r.reports[ms.phase] : undefined;
      if (!ms.phase || !cell) return { kind: "offPortal" };
      const phase: ReportPhase = ms.phase;
      const phaseName = PHASE_LABELS[phase].toLowerCase();
      const notOpen = !!ms.notOpenUntil && !cell.status;
      return {
        kind: "record",
        dataCell: `report-${PHASE_SLUGS[phase]}`,
        status: notOpen ? null : cell.matrixStatus,
        note: notOpen ? `Mở nhận từ ${formatDateVN(ms.notOpenUntil!)}` : null,
        submittedAt: cell.lastSubmittedAt ? `Nộp lúc ${formatDateTimeVN(cell.lastSubmittedAt)}` : null,
        extendedTo,
        view:
          cell.reportId && cell.status !== "DRAFT" && cell.status !== "AWAITING_CONFIRMATION"
            ? { href: `/campaigns/${campaignId}/reports/${cell.reportId}`, label: "Xem báo cáo", srLabel: ` ${phaseName} của ${r.unitName}` }
            : null,
        extend:
          canExtend && !ms.notOpenUntil && !isHandedIn(cell.status)
            ? { href: extendHref(r.unitId, ms.id), srLabel: ` báo cáo ${phaseName} cho ${r.unitName}` }
            : null,
      };
    }),
  }));
}
