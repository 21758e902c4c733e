import "server-only";
import { can, type ScopedRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipantType } from "@/lib/generated/prisma/enums";

type Actor = { id: string; roles: readonly ScopedRole[] };

/** Everything printed on one certificate (Giấy khen). */
export interface CertificateData {
  proposalId: string;
  certificateNo: number;
  nomineeType: ParticipantType;
  nomineeName: string;
  nomineeDetail: string | null;
  nomineeIsBusiness: boolean;
  /** The nominee's own unit (individual) or the proposing unit. */
  unitName: string;
  awardFormName: string;
  organisation: { name: string; parentName: string | null };
  campaign: { title: string; documentNumber: string };
  decision: { number: string; signedOn: Date; signerName: string; signerTitle: string };
}

const unitRef = { select: { id: true, path: true, name: true } } as const;

const certificateSelect = {
  id: true,
  status: true,
  certificateNo: true,
  nomineeType: true,
  nomineeName: true,
  nomineeDetail: true,
  nomineeIsBusiness: true,
  nomineeUserId: true,
  originProposalId: true,
  unit: unitRef,
  nomineeUnit: unitRef,
  nomineeUser: { select: { unit: unitRef } },
  awardForm: { select: { name: true } },
  campaign: { select: { title: true, documentNumber: true } },
  decision: {
    select: {
      id: true,
      number: true,
      signedOn: true,
      signerName: true,
      signerTitle: true,
      organisationUnit: { select: { id: true, path: true, name: true, parent: { select: { name: true } } } },
    },
  },
} satisfies Prisma.AwardProposalSelect;

type Row = Prisma.AwardProposalGetPayload<{ select: typeof certificateSelect }>;

function toCertificate(p: Row): CertificateData | null {
  if (p.status !== "AWARDED" || !p.decision || p.certificateNo === null) return null;
  const d = p.decision;
  return {
    proposalId: p.id,
    certificateNo: p.certificateNo,
    nomineeType: p.nomineeType,
    nomineeName: p.nomineeName,
    nomineeDetail: p.nomineeDetail,
    nomineeIsBusiness: p.nomineeIsBusiness,
    unitName: p.nomineeType === "INDIVIDUAL" && p.nomineeUser ? p.nomineeUser.unit.name : p.unit.name,
    awardFormName: p.awardForm.name,
    organisation: { name: d.organisationUnit.name, parentName: d.organisationUnit.parent?.name ?? null },
    campaign: p.campaign,
    decision: { number: d.number, signedOn: d.signedOn, signerName: d.signerName, signerTitle: d.signerTitle },
  };
}

/**
 * Who may download one awardee's certificate: the nominee; the offices and leadership of the deciding
 * organisation (read:award there); the proposing unit, the nominee's unit and, for a proposal
 * forwarded from below, the unit that first proposed it (read:award on that unit: its head and staff).
 */
async function mayReadCertificate(actor: Actor, p: Row): Promise<boolean> {
  if (p.nomineeUserId && p.nomineeUserId === actor.id) return true;
  const units = [p.decision?.organisationUnit, p.unit, p.nomineeUnit, p.nomineeUser?.unit].filter((u): u is { id: string; path: string; name: string } => !!u);
  if (units.some((u) => can(actor.roles, "read:award", u))) return true;
  if (p.originProposalId) {
    const db = await getDb();
    const origin = await db.awardProposal.findUnique({ where: { id: p.originProposalId }, select: { unit: unitRef } });
    if (origin && can(actor.roles, "read:award", origin.unit)) return true;
  }
  return false;
}

/** One awardee's certificate, or null (not awarded, or not the user's to see). */
export async function getCertificate(actor: Actor, proposalId: string): Promise<CertificateData | null> {
  const db = await getDb();
  const p = await db.awardProposal.findUnique({ where: { id: proposalId }, select: certificateSelect });
  if (!p) return null;
  const cert = toCertificate(p);
  if (!cert || !(await mayReadCertificate(actor, p))) return null;
  return cert;
}

/** All certificates of a decision in number order, for the organisation's offices and leadership; null otherwise. */
export async function getDecisionCertificates(actor: Actor, decisionId: string): Promise<{ number: string; certificates: CertificateData[] } | null> {
  const db = await getDb();
  const d = await db.awardDecision.findUnique({ where: { id: decisionId }, select: { number: true, organisationUnit: unitRef } });
  if (!d || !can(actor.roles, "read:award", d.organisationUnit)) return null;
  const rows = await db.awardProposal.findMany({
    where: { decisionId },
    orderBy: [{ certificateNo: "asc" }, { id: "asc" }],
    select: certificateSelect,
  });
  return { number: d.number, certificates: rows.map(toCertificate).filter((c): c is CertificateData => !!c) };
}
