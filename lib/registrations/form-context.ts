import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError, MESSAGES, notFoundError, ruleError, zodFieldErrors } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import type { RegistrationKind } from "@/lib/generated/prisma/enums";
import { calendarDateToInput } from "@/lib/time/vn";
import { registrationFormSchema, type CampaignFormRules, type RegistrationForm } from "./schemas";

export const UNIT_OWNER_KEY = "UNIT";

/** The owner key of a form: "UNIT" for the unit's Mẫu 1, the owner's user id for an individual's. */
export function ownerKeyFor(kind: RegistrationKind, actor: { id: string }) {
  return kind === "UNIT" ? UNIT_OWNER_KEY : actor.id;
}

/** Campaign + unit of a form, as read from the database. */
export async function loadCampaignForUnit(db: Db | Tx, campaignId: string, unitId: string) {
  return db.campaign.findUnique({
    where: { id: campaignId },
    include: {
      fields: { orderBy: { sortOrder: "asc" } },
      milestones: { where: { kind: "REGISTRATION" }, orderBy: { dueAt: "asc" }, take: 1 },
      // The unit itself comes along when it takes part (what loadEditContext checks the actor's rights on).
      units: { where: { unitId }, take: 1, include: { unit: { select: { id: true, path: true, name: true } } } },
    },
  });
}

export type CampaignForUnit = NonNullable<Awaited<ReturnType<typeof loadCampaignForUnit>>>;

export function campaignRules(campaign: Pick<CampaignForUnit, "fields" | "registrationLevels" | "startsOn" | "endsOn">): CampaignFormRules {
  return {
    fieldIds: campaign.fields.map((f) => f.id),
    levels: campaign.registrationLevels,
    startsOn: calendarDateToInput(campaign.startsOn),
    endsOn: calendarDateToInput(campaign.endsOn),
  };
}

/** The registration deadline (the first REGISTRATION milestone), or null when the plan sets none. */
export function registrationDueAt(campaign: Pick<CampaignForUnit, "milestones">): Date | null {
  return campaign.milestones[0]?.dueAt ?? null;
}

/** A unit's form may change only while the campaign is published and the unit takes part in it. */
export function assertCampaignOpen(campaign: CampaignForUnit | null): asserts campaign is CampaignForUnit {
  // An unpublished plan is invisible to units.
  if (!campaign || campaign.status === "DRAFT") throw notFoundError();
  if (campaign.status !== "PUBLISHED") throw ruleError("Kế hoạch thi đua đã kết thúc, không thể thay đổi đăng ký.");
  if (campaign.units.length === 0) throw ruleError("Đơn vị không tham gia kế hoạch thi đua này.");
}

/**
 * Loads and authorises the context of a form the actor edits: the unit (read from the database; the
 * actor must hold UNIT_HEAD/UNIT_STAFF there), the open campaign the unit takes part in. Then checks
 * the rows against the campaign's own rules.
 */
export async function loadEditContext(db: Db, actor: SessionUser, form: RegistrationForm, kind: RegistrationKind) {
  // One read for the campaign and the unit taking part in it (every save and submission starts here); the
  // unit alone only when it does not take part, for the rights check that comes before any answer about
  // the campaign.
  const campaign = await loadCampaignForUnit(db, form.campaignId, form.unitId);
  const unit = campaign?.units[0]?.unit ?? (await db.unit.findUnique({ where: { id: form.unitId }, select: { id: true, path: true, name: true } }));
  if (!unit) throw notFoundError();
  const permission = kind === "UNIT" ? "edit:registration" : "register:individual";
  if (!can(actor.roles, permission, unit)) throw notFoundError();
  assertCampaignOpen(campaign);
  const parsed = registrationFormSchema(campaignRules(campaign)).safeParse(form);
  if (!parsed.success) throw new DomainError("VALIDATION", MESSAGES.VALIDATION, zodFieldErrors(parsed.error));
  return { unit, campaign, form: parsed.data, dueAt: registrationDueAt(campaign) };
}

export type EditContext = Awaited<ReturnType<typeof loadEditContext>>;
