import type { CriterionResult, PortalFacts, Rating } from "../criteria";

/**
 * A submitted version of an award proposal, frozen in AwardProposalVersion.snapshot: everything the
 * standing office and the council judge, as it was when the unit's head confirmed and submitted it.
 * The documents are cited by id (the files themselves are locked, never overwritten).
 */
export interface ProposalSnapshot {
  campaign: { id: string; documentNumber: string; title: string; issuingUnitName: string };
  unit: { id: string; name: string };
  nominee: {
    type: "COLLECTIVE" | "INDIVIDUAL" | "CITIZEN";
    name: string;
    detail: string | null;
    isBusiness: boolean;
    unitId: string | null;
    userId: string | null;
    /** An individual's unit. */
    unitName: string | null;
  };
  awardForm: { id: string; name: string; organisationName: string; withinAuthority: boolean; quorum: string; threshold: string };
  achievements: string;
  declaredRating: Rating | null;
  declaredNoDiscipline: boolean | null;
  facts: PortalFacts | null;
  criteria: CriterionResult[];
  failsHardCriterion: boolean;
  documents: SnapshotDocument[];
  dueAt: string | null;
  confirmedBy: { id: string; name: string; at: string };
}

export interface SnapshotDocument {
  id: string;
  kind: "PROPOSAL_LETTER" | "MEETING_MINUTES" | "ACHIEVEMENT_REPORT" | "OTHER";
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

export function snapshotFileIds(s: Pick<ProposalSnapshot, "documents">): string[] {
  return s.documents.map((d) => d.id);
}
