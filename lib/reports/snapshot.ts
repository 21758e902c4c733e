import type { InitiativeOwnerType, InitiativeProgress, InitiativeType, ReportPhase } from "@/lib/generated/prisma/enums";
import { calendarDateToInput } from "@/lib/time/vn";
import {
  effectivePartText,
  mauHaiRows,
  mauHaiTotals,
  resultsPrefill,
  summaryPrefill,
  type MauHaiRow,
  type PrefillInitiative,
  type PrefillResult,
} from "./rules";

/**
 * The frozen content of one submitted version of a unit's Mẫu 2 + Đề cương (ReportVersion.snapshot):
 * everything the document shows, with names COPIED (campaign, unit, fields, initiatives, evidence
 * files) so that later renames or edits never change history. Also used, built from live data, for
 * the unit's own preview and print of its draft.
 */
export interface ReportSnapshot {
  schema: 1;
  phase: ReportPhase;
  campaign: { id: string; documentNumber: string; title: string; issuedOn: string; issuingUnitName: string };
  unit: { id: string; name: string };
  /** The unit's effective due date at submission (extensions included), ISO. */
  dueAt: string | null;
  /** Mẫu 2, one row per reform field of the campaign. */
  table: MauHaiRow[];
  totals: { registered: number; completed: number };
  sections: { situation: string; currentState: string; strengths: string; limitations: string; lessons: string };
  /** Đề cương III and IV, one part per initiative, in the Mẫu 2 order (field, then registration order). */
  parts: SnapshotPart[];
  /** Files attached to the report itself. */
  evidence: SnapshotFile[];
  /** "XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ": who confirmed and when (null in a live preview). */
  confirmedBy: { id: string; name: string; at: string } | null;
}

export interface SnapshotFile {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

export interface SnapshotPart {
  initiativeId: string;
  fieldId: string;
  fieldName: string;
  content: string;
  type: InitiativeType;
  ownerType: InitiativeOwnerType;
  ownerNames: string | null;
  expectedCompletion: string; // yyyy-MM-dd
  progress: InitiativeProgress;
  completedOn: string | null; // yyyy-MM-dd
  summary: string;
  results: string;
  figures: (PrefillResult & { id: string })[];
  evidence: SnapshotFile[];
}

/** What buildReportSnapshot needs, as loaded from the database (see loadReportData in queries). */
export interface ReportSource {
  phase: ReportPhase;
  /** The phase's due date (the units' report milestone): completions on or after it are not counted. */
  countsAsOf?: Date | null;
  campaign: { id: string; documentNumber: string; title: string; issuedOn: Date; issuingUnitName: string };
  unit: { id: string; name: string };
  fields: { id: string; name: string; sortOrder: number }[];
  initiatives: (PrefillInitiative & {
    id: string;
    fieldId: string;
    results: (PrefillResult & { id: string })[];
    evidence: SnapshotFile[];
  })[];
  report: {
    situation: string | null;
    currentState: string | null;
    strengths: string | null;
    limitations: string | null;
    lessons: string | null;
    fieldRows: { fieldId: string; completedOverride: number | null; overrideNote: string | null; note: string | null }[];
    parts: { initiativeId: string; summary: string | null; results: string | null }[];
    evidence: SnapshotFile[];
  } | null;
}

/** Initiatives in the Mẫu 2 order: by field (campaign order), then as the source lists them. */
export function orderInitiatives<T extends { fieldId: string }>(fields: readonly { id: string; sortOrder: number }[], initiatives: readonly T[]): T[] {
  const order = new Map(fields.map((f) => [f.id, f.sortOrder]));
  return initiatives
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (order.get(a.x.fieldId) ?? 1e9) - (order.get(b.x.fieldId) ?? 1e9) || a.i - b.i)
    .map((e) => e.x);
}

export function buildReportSnapshot(src: ReportSource, meta: { dueAt: Date | null; confirmedBy: { id: string; name: string; at: Date } | null }): ReportSnapshot {
  const fieldName = new Map(src.fields.map((f) => [f.id, f.name]));
  const savedParts = new Map((src.report?.parts ?? []).map((p) => [p.initiativeId, p]));
  const table = mauHaiRows(src.fields, src.initiatives, src.report?.fieldRows ?? [], src.countsAsOf ?? null);
  return {
    schema: 1,
    phase: src.phase,
    campaign: {
      id: src.campaign.id,
      documentNumber: src.campaign.documentNumber,
      title: src.campaign.title,
      issuedOn: calendarDateToInput(src.campaign.issuedOn),
      issuingUnitName: src.campaign.issuingUnitName,
    },
    unit: { ...src.unit },
    dueAt: meta.dueAt ? meta.dueAt.toISOString() : null,
    table,
    totals: mauHaiTotals(table),
    sections: {
      situation: src.report?.situation ?? "",
      currentState: src.report?.currentState ?? "",
      strengths: src.report?.strengths ?? "",
      limitations: src.report?.limitations ?? "",
      lessons: src.report?.lessons ?? "",
    },
    parts: orderInitiatives(src.fields, src.initiatives).map((i) => {
      const saved = savedParts.get(i.id);
      return {
        initiativeId: i.id,
        fieldId: i.fieldId,
        fieldName: fieldName.get(i.fieldId) ?? "",
        content: i.content,
        type: i.type,
        ownerType: i.ownerType,
        ownerNames: i.ownerNames,
        expectedCompletion: calendarDateToInput(i.expectedCompletion),
        progress: i.progress,
        completedOn: i.completedOn ? calendarDateToInput(i.completedOn) : null,
        summary: effectivePartText(saved?.summary, summaryPrefill(i)),
        results: effectivePartText(saved?.results, resultsPrefill(i, i.results)),
        figures: i.results.map((r) => ({ ...r })),
        evidence: i.evidence.map((e) => ({ ...e })),
      };
    }),
    evidence: (src.report?.evidence ?? []).map((e) => ({ ...e })),
    confirmedBy: meta.confirmedBy ? { id: meta.confirmedBy.id, name: meta.confirmedBy.name, at: meta.confirmedBy.at.toISOString() } : null,
  };
}

/** Every evidence file a snapshot cites (the report's and its initiatives'). */
export function snapshotFileIds(s: ReportSnapshot): string[] {
  return [...s.evidence.map((e) => e.id), ...s.parts.flatMap((p) => p.evidence.map((e) => e.id))];
}
