import "server-only";
import { DomainError } from "@/lib/actions/result";
import { getDb } from "@/lib/db/client";
import { consolidatedTotals, hasForwardedInitiatives, iterateInitiatives } from "@/lib/consolidation/queries";
import { campaignFor } from "@/lib/consolidation/access";
import { CONSOLIDATED_STATUSES, parseInitiativeFilters, SELECTABLE_STATUSES, type InitiativeFilters } from "@/lib/consolidation/filters";
import { DOCUMENT_ROW_LIMIT, initiativeListOfficialDocument } from "@/lib/consolidation/official-document";
import { describeFilters } from "@/lib/consolidation/export";
import { documentNumberSlug } from "@/lib/consolidation/download";
import { getRegistrationView } from "@/lib/registrations/queries";
import { registrationOfficialDocument } from "@/lib/registrations/official-document";
import { getReportView } from "@/lib/reports/queries";
import { reportOfficialDocument } from "@/lib/reports/official-document";
import type { SessionUser } from "@/lib/auth/session";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { recognitionOfficialDocument } from "@/lib/recognition/official-document";
import { getRecognitionPage } from "@/lib/recognition/queries";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { summaryOfficialDocument } from "@/lib/summary/official-document";
import { getSummaryDocument } from "@/lib/summary/queries";
import { documentIssuer } from "./issuer";
import type { OfficialDocument } from "./model";

/**
 * The official documents of the forms and lists, each authorised exactly as the page that shows the
 * same data (null: not found or not allowed, the route answers 404).
 */

export type LoadedDocument = { doc: OfficialDocument; fileBase: string } | { tooLong: number } | null;

const orNull = async <T>(p: Promise<T>): Promise<T | null> => {
  try {
    return await p;
  } catch (err) {
    if (err instanceof DomainError) return null;
    throw err;
  }
};

async function campaignExtras(campaignId: string) {
  const db = await getDb();
  return db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { year: true, issuingUnit: { select: { name: true } } } });
}

/** A unit's (or an individual's) Mẫu 1. */
export async function registrationDocument(user: SessionUser, registrationId: string): Promise<LoadedDocument> {
  const v = await orNull(getRegistrationView(user, registrationId));
  if (!v) return null;
  const [issuer, extra] = await Promise.all([documentIssuer(v.unit.id), campaignExtras(v.campaign.id)]);
  if (!issuer) return null;
  const submitted = v.status !== "DRAFT" && v.status !== "RETURNED";
  const doc = registrationOfficialDocument({
    issuer,
    campaign: { documentNumber: v.campaign.documentNumber, title: v.campaign.title, issuingUnitName: extra.issuingUnit.name, year: extra.year },
    ownerName: v.owner?.fullName ?? null,
    fields: v.fields,
    rows: v.rows,
    submittedAt: submitted ? v.lastSubmittedAt : null,
    draft: !submitted,
  });
  return { doc, fileBase: `Mẫu 1 - ${v.unit.name}${v.owner ? ` - ${v.owner.fullName}` : ""} - ${documentNumberSlug(v.campaign.documentNumber)}` };
}

/** A unit's Mẫu 2 + Đề cương: the latest submitted version, or the unit's own live draft. */
export async function reportDocument(user: SessionUser, reportId: string): Promise<LoadedDocument> {
  const v = await orNull(getReportView(user, reportId));
  if (!v || !v.snapshot) return null;
  const [issuer, extra] = await Promise.all([documentIssuer(v.unit.id), campaignExtras(v.campaign.id)]);
  if (!issuer) return null;
  const doc = reportOfficialDocument(v.snapshot, issuer, { draft: v.live, year: extra.year });
  return { doc, fileBase: `Mẫu 2 và Đề cương - ${v.unit.name} - ${v.report.phase === "MIDTERM" ? "sơ kết" : "tổng kết"}` };
}

/** The consolidated Mẫu 1 (with the page's filters) or the typical list, as the office's report. */
export async function initiativeListDocument(user: SessionUser, campaignId: string, kind: "consolidated" | "typical", params: URLSearchParams): Promise<LoadedDocument> {
  const campaign = await campaignFor(user, campaignId, "read:registration");
  if (!campaign) return null;
  const db = await getDb();
  const [issuer, signer] = await Promise.all([
    documentIssuer(campaign.issuingUnit.id),
    db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { signerName: true, signerTitle: true } }),
  ]);
  if (!issuer) return null;
  const filters: InitiativeFilters = kind === "typical" ? { typicalOnly: true } : parseInitiativeFilters(params);
  const statuses = kind === "typical" ? SELECTABLE_STATUSES : CONSOLIDATED_STATUSES;
  const [totals, forwarded] = await Promise.all([consolidatedTotals(campaignId, filters, statuses), kind === "consolidated" ? hasForwardedInitiatives(campaignId) : false]);
  const count = totals.reduce((s, t) => s + t.count, 0);
  if (count > DOCUMENT_ROW_LIMIT) return { tooLong: count };
  const rows = [];
  for await (const batch of iterateInitiatives(campaignId, filters, statuses)) rows.push(...batch);
  const filterLine = kind === "consolidated" ? await describeFilters(filters, (id) => totals.find((t) => t.fieldId === id)?.name) : null;
  const doc = initiativeListOfficialDocument({
    kind,
    issuer,
    campaign: { documentNumber: campaign.documentNumber, title: campaign.title, year: campaign.year, signerName: signer.signerName, signerTitle: signer.signerTitle, sendUpTo: campaign.sendUpTo },
    totals: totals.map((t, i) => ({ ...t, no: i + 1 })),
    rows,
    filterLine,
    showOrigin: forwarded,
  });
  const slug = documentNumberSlug(campaign.documentNumber);
  return { doc, fileBase: kind === "typical" ? `Danh sách tiêu biểu - ${slug}` : `Tổng hợp Mẫu 1 - ${slug}` };
}

/** The office's consolidated report of a phase: a submitted version (`v`) or the live draft. */
export async function summaryDocument(user: SessionUser, campaignId: string, phase: ReportPhase, versionNo: number | undefined): Promise<LoadedDocument> {
  const d = await getSummaryDocument(user, campaignId, phase, versionNo);
  if (!d) return null;
  const db = await getDb();
  const c = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { year: true, issuingUnitId: true } });
  const issuer = await documentIssuer(c.issuingUnitId);
  if (!issuer) return null;
  const doc = summaryOfficialDocument(d.snapshot, { draft: d.live, symbol: issuer.symbol, year: c.year });
  const what = phase === "MIDTERM" ? "sơ kết" : "tổng kết";
  return { doc, fileBase: `Báo cáo ${what} - ${documentNumberSlug(d.snapshot.campaign.documentNumber)}${d.live ? " - dự thảo" : ` - phiên bản ${versionNo}`}` };
}

/** A recognition decision of the campaign, for the readers of its recognition page. */
export async function recognitionDocument(user: SessionUser, campaignId: string, decisionId: string): Promise<LoadedDocument> {
  const page = await getRecognitionPage(user, campaignId);
  const d = page?.decisions.find((x) => x.id === decisionId);
  if (!page || !d) return null;
  const issuer = await documentIssuer(page.campaign.issuingUnit.id);
  if (!issuer) return null;
  const label = RECOGNITION_LEVEL_LABELS[d.level];
  const doc = recognitionOfficialDocument({
    number: d.number,
    signedOn: d.signedOn,
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    summary: d.summary,
    levelLabel: label.charAt(0).toLocaleLowerCase("vi") + label.slice(1),
    issuer,
    campaign: page.campaign,
    items: page.items.filter((i) => i.decision.id === d.id).map((i) => ({ content: i.initiative.content, type: i.initiative.type, unitName: i.initiative.unit.name, ownerNames: i.initiative.ownerNames })),
  });
  return { doc, fileBase: `Quyết định ${d.number.replace(/[\\/]+/g, "-")} công nhận` };
}
