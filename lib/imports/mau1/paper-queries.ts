import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { REGISTRATION } from "@/lib/submissions/kinds";
import { compareVi } from "@/lib/text/collate";

/** What the office's page "Nhận Mẫu 1 bản giấy" shows: who may still be entered, and what was entered. */
export interface PaperIntake {
  campaign: { id: string; documentNumber: string; title: string; status: string; startsOn: Date };
  /** Units of the plan whose Mẫu 1 is not submitted (none, a draft, or returned), in name order. */
  units: { id: string; name: string; status: SubmissionStatus | null; draftRows: number }[];
  /** Versions entered from paper, newest first. */
  recorded: {
    registrationId: string;
    unitName: string;
    versionNo: number;
    reference: string | null;
    receivedOn: Date;
    signedBy: string;
    enteredByName: string;
    isLate: boolean;
    status: SubmissionStatus;
  }[];
}

/** Null unless the user reviews the campaign's forms (review:registration on its issuing unit, from the database). */
export async function getPaperIntake(user: SessionUser, campaignId: string): Promise<PaperIntake | null> {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, title: true, status: true, startsOn: true, issuingUnit: { select: { id: true, path: true } } },
  });
  if (!campaign || campaign.status === "DRAFT" || !can(user.roles, "review:registration", campaign.issuingUnit)) return null;
  const [participants, forms, recorded] = await Promise.all([
    db.campaignUnit.findMany({ where: { campaignId: campaign.id }, select: { unit: { select: { id: true, name: true } } } }),
    db.registration.findMany({
      where: { campaignId: campaign.id, kind: "UNIT" },
      select: { unitId: true, status: true, _count: { select: { initiatives: true } } },
    }),
    db.registrationVersion.findMany({
      where: { registration: { campaignId: campaign.id, kind: "UNIT" }, paperReceivedOn: { not: null } },
      orderBy: [{ paperReceivedOn: "desc" }, { versionNo: "desc" }],
      take: 200,
      select: {
        versionNo: true,
        isLate: true,
        paperReference: true,
        paperReceivedOn: true,
        paperSignedBy: true,
        submittedBy: { select: { fullName: true } },
        registration: { select: { id: true, status: true, unit: { select: { name: true } } } },
      },
    }),
  ]);
  const formOf = new Map(forms.map((f) => [f.unitId, f]));
  const units = participants
    .map(({ unit }) => ({ unit, form: formOf.get(unit.id) }))
    .filter(({ form }) => !form || REGISTRATION.isEditable(form.status))
    .map(({ unit, form }) => ({ id: unit.id, name: unit.name, status: form?.status ?? null, draftRows: form?._count.initiatives ?? 0 }))
    .sort((a, b) => compareVi(a.name, b.name));
  return {
    campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title, status: campaign.status, startsOn: campaign.startsOn },
    units,
    recorded: recorded.map((v) => ({
      registrationId: v.registration.id,
      unitName: v.registration.unit.name,
      versionNo: v.versionNo,
      reference: v.paperReference,
      receivedOn: v.paperReceivedOn!,
      signedBy: v.paperSignedBy ?? "",
      enteredByName: v.submittedBy.fullName,
      isLate: v.isLate,
      status: v.registration.status,
    })),
  };
}
