import type { InitiativeType, RegistrationLevel, SubmissionStatus } from "../../lib/generated/prisma/enums";
import type { RegistrationSnapshot } from "../../lib/registrations/snapshot";
import { db } from "./factories";

/**
 * Writes a unit's Mẫu 1 directly (as the unit's own submit would leave it), so that review and
 * consolidation tests do not depend on the registration editor's code.
 */
export interface RowSpec {
  field: number; // index in the campaign's fields (0-based)
  content: string;
  type?: InitiativeType;
  level?: RegistrationLevel;
  ownerNames?: string;
  note?: string;
  isTypical?: boolean;
}

export async function makeRegistration(opts: {
  campaign: { id: string; fields: { id: string; name: string; sortOrder: number }[] };
  unit: { id: string; name: string };
  status: SubmissionStatus;
  isLate?: boolean;
  submittedBy: { id: string };
  rows?: RowSpec[];
  versions?: number; // submitted versions (default 1 unless DRAFT)
}) {
  const { campaign, unit } = opts;
  const submitted = opts.status !== "DRAFT" && opts.status !== "AWAITING_CONFIRMATION";
  const versions = opts.versions ?? (submitted ? 1 : 0);
  const at = new Date(Date.now() - 3_600_000);
  const reg = await db().registration.create({
    data: {
      campaignId: campaign.id,
      unitId: unit.id,
      kind: "UNIT",
      ownerKey: "UNIT",
      status: opts.status,
      submittedVersion: versions,
      firstSubmittedAt: versions ? at : null,
      lastSubmittedAt: versions ? at : null,
      isLate: !!opts.isLate,
      acceptedAt: opts.status === "ACCEPTED" ? at : null,
      returnComment: opts.status === "RETURNED" ? "Bổ sung tiến độ." : null,
      createdById: opts.submittedBy.id,
    },
  });
  const rows = opts.rows ?? [{ field: 0, content: `Sáng kiến của ${unit.name}` }];
  const created = [];
  for (const [i, r] of rows.entries()) {
    const field = campaign.fields[r.field];
    created.push(
      await db().initiative.create({
        data: {
          registrationId: reg.id,
          campaignId: campaign.id,
          unitId: unit.id,
          fieldId: field.id,
          content: r.content,
          type: r.type ?? "SOLUTION",
          ownerType: r.ownerNames ? "INDIVIDUALS" : "UNIT",
          ownerNames: r.ownerNames ?? null,
          expectedCompletion: new Date("2026-10-31T00:00:00Z"),
          note: r.note ?? null,
          level: r.level ?? "DEPARTMENT",
          sortOrder: i,
          isTypical: !!r.isTypical,
        },
      }),
    );
  }
  for (let v = 1; v <= versions; v++) {
    const snapshot: RegistrationSnapshot = {
      unitName: unit.name,
      ownerName: null,
      rows: created.map((ini, i) => {
        const field = campaign.fields.find((f) => f.id === ini.fieldId)!;
        return {
          initiativeId: ini.id,
          fieldId: field.id,
          fieldName: field.name,
          fieldOrder: field.sortOrder,
          content: v === versions ? ini.content : `${ini.content} (bản ${v})`,
          type: ini.type,
          ownerType: ini.ownerType,
          ownerNames: ini.ownerNames,
          expectedCompletion: "2026-10-31",
          note: ini.note,
          level: rows[i].level ?? "DEPARTMENT",
        };
      }),
    };
    await db().registrationVersion.create({
      data: { registrationId: reg.id, versionNo: v, snapshot: snapshot as never, submittedAt: at, submittedById: opts.submittedBy.id, isLate: !!opts.isLate },
    });
    await db().registrationReview.create({ data: { registrationId: reg.id, versionNo: v, action: "SUBMIT", actorId: opts.submittedBy.id } });
  }
  return { registration: reg, initiatives: created };
}
