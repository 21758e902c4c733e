import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { SubmissionStatus, ReportPhase, UnitStatus } from "@/lib/generated/prisma/enums";
import { fieldSums, listCounts, reportingCounts, reportingUnits, unitRows, type ListCounts } from "./figures";
import { addresseeOf, buildFieldTable, type FieldTable, type Sections } from "./rules";

/**
 * What a submitted consolidated report froze: the tables (per field and per unit, every unit), the
 * counts of the lists, the late and missing units, and the narrative. The parent's office reads
 * versions from here, never from live data. Also the shape of the print view and the export of
 * the current draft (then built from live data with `sections` as saved).
 */
export interface SummarySnapshot {
  schema: 1;
  phase: ReportPhase;
  campaign: {
    id: string;
    documentNumber: string;
    title: string;
    issuedOn: string; // yyyy-MM-dd
    issuingUnitName: string;
    issuingUnitParentName: string | null;
    signerName: string;
    signerTitle: string;
  };
  parentCampaign: { id: string; documentNumber: string; title: string; issuingUnitName: string } | null;
  addressee: string | null;
  summaryMilestone: { name: string; dueAt: string } | null;
  unitMilestone: { name: string; dueAt: string } | null;
  fieldTable: FieldTable;
  units: {
    unitId: string;
    unitName: string;
    unitStatus: UnitStatus;
    registered: number;
    completed: number;
    rate: number | null;
    overrides: number;
    reportStatus: SubmissionStatus | null;
    reported: boolean;
    isLate: boolean;
    firstSubmittedAt: string | null;
  }[];
  lists: ListCounts;
  reporting: {
    units: number;
    reported: number;
    late: { unitId: string; unitName: string; firstSubmittedAt: string | null }[];
    missing: { unitId: string; unitName: string; reportStatus: SubmissionStatus | null }[];
  };
  sections: Sections;
  /** Set on a submitted version; null in a live preview. */
  submission: { versionNo: number; submittedAt: string; submittedByName: string | null; isLate: boolean } | null;
}

export interface SnapshotCampaign {
  id: string;
  documentNumber: string;
  title: string;
  issuedOn: Date;
  signerName: string;
  signerTitle: string;
  issuingUnit: { name: string; parent: { name: string } | null };
  parentCampaign: { id: string; documentNumber: string; title: string; issuingUnit: { name: string }; receivingUnit: { name: string } | null } | null;
  fields: { id: string; name: string }[];
  milestones: { kind: string; name: string; dueAt: Date }[];
}

/** Builds the whole document from live data: a handful of aggregate queries, no per-unit query. */
export async function buildSnapshot(
  client: Db | Tx,
  campaign: SnapshotCampaign,
  phase: ReportPhase,
  sections: Sections,
  submission: SummarySnapshot["submission"],
): Promise<SummarySnapshot> {
  const [sums, units, lists, counts, late, missing] = [
    await fieldSums(client, campaign.id, phase),
    await unitRows(client, campaign.id, phase),
    await listCounts(client, campaign.id),
    await reportingCounts(client, campaign.id, phase),
    await reportingUnits(client, campaign.id, phase, "late"),
    await reportingUnits(client, campaign.id, phase, "missing"),
  ];
  const kindOf = (k: string) => campaign.milestones.find((m) => m.kind === k);
  const summaryMs = kindOf(phase === "MIDTERM" ? "MIDTERM_SUMMARY" : "FINAL_SUMMARY");
  const unitMs = kindOf(phase === "MIDTERM" ? "MIDTERM_REPORT" : "FINAL_REPORT");
  return {
    schema: 1,
    phase,
    campaign: {
      id: campaign.id,
      documentNumber: campaign.documentNumber,
      title: campaign.title,
      issuedOn: campaign.issuedOn.toISOString().slice(0, 10),
      issuingUnitName: campaign.issuingUnit.name,
      issuingUnitParentName: campaign.issuingUnit.parent?.name ?? null,
      signerName: campaign.signerName,
      signerTitle: campaign.signerTitle,
    },
    parentCampaign: campaign.parentCampaign
      ? {
          id: campaign.parentCampaign.id,
          documentNumber: campaign.parentCampaign.documentNumber,
          title: campaign.parentCampaign.title,
          issuingUnitName: campaign.parentCampaign.issuingUnit.name,
        }
      : null,
    addressee: addresseeOf(campaign.parentCampaign),
    summaryMilestone: summaryMs ? { name: summaryMs.name, dueAt: summaryMs.dueAt.toISOString() } : null,
    unitMilestone: unitMs ? { name: unitMs.name, dueAt: unitMs.dueAt.toISOString() } : null,
    fieldTable: buildFieldTable(campaign.fields, sums),
    units: units.map((u) => ({ ...u, firstSubmittedAt: u.firstSubmittedAt?.toISOString() ?? null })),
    lists,
    reporting: {
      units: counts.units,
      reported: counts.reported,
      late: late.map((u) => ({ unitId: u.unitId, unitName: u.unitName, firstSubmittedAt: u.firstSubmittedAt?.toISOString() ?? null })),
      missing: missing.map((u) => ({ unitId: u.unitId, unitName: u.unitName, reportStatus: u.reportStatus })),
    },
    sections,
    submission,
  };
}
