import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GENERIC_ERROR, MESSAGES, type ActionResult } from "../../lib/actions/result";
import { loadSessionUser } from "../../lib/auth/session";
import { recordVerdictAction } from "../../lib/appraisal/outcome/actions";
import { saveScoresAction } from "../../lib/appraisal/scoring/actions";
import { saveProposalDraftAction, submitProposalAction } from "../../lib/awards/proposals/actions";
import { returnProposalAction } from "../../lib/awards/review/actions";
import { createCampaignAction, updateCampaignAction } from "../../lib/campaigns/actions";
import { DEFAULT_REFORM_FIELDS, PLAN_MILESTONES } from "../../lib/campaigns/defaults";
import { getCampaignForEdit } from "../../lib/campaigns/queries";
import { deriveBallotKey } from "../../lib/council/ballot-crypto";
import { saveMinutesAction } from "../../lib/council/minutes/actions";
import { castVotesAction } from "../../lib/council/voting/actions";
import { deleteEvidenceAction } from "../../lib/evidence/actions";
import { grantExtensionAction } from "../../lib/extensions/actions";
import { saveUnitRegistrationAction, submitUnitRegistrationAction } from "../../lib/registrations/actions";
import { saveReportDraftAction, submitReportAction } from "../../lib/reports/actions";
import { acceptRegistrationAction, returnRegistrationAction } from "../../lib/review/actions";
import { createUserAction } from "../../lib/users/actions";
import { adoptModelAction } from "../../lib/replication/actions";
import { addVisitAction } from "../../lib/surveys/actions";
import { CONTROL_CHAR_MESSAGE } from "../../lib/validation/text";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { fullScores, makeAppraisalRound } from "../helpers/appraisal-fixtures";
import { makeAwardOrganisation, makeProposal, makeSession } from "../helpers/award-decision-fixtures";
import { actAs, db, makeCampaign, TEST_PASSWORD } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";
import { decodeActionArgs, temporaryReference } from "../helpers/react-temporary-references";
import { makeRegistration } from "../helpers/registration-fixtures";
import { testState } from "../helpers/state";

/**
 * Fuzz test of the main server actions: random and malformed payloads, seeded (FUZZ_SEED to replay,
 * FUZZ_RUNS to change the number of payloads per action). For every call:
 * - it resolves (no thrown error) to an ActionResult; a refusal has a Vietnamese message and a known
 *   code, never the generic "Đã có lỗi xảy ra…" of an unexpected error (a 5xx);
 * - console.error is not called (nor the "unreadable input" warning of lib/actions/input.ts);
 * - a refusal changes no row of any table;
 * - a success that changes rows adds an AuditLog row.
 * Tables left out of the fingerprint: "UserSession" (signing in for a call and the session's sliding
 * expiry write it on reads) and "_prisma_migrations".
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206) >>> 0;
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 250));

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T,>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const chance = (rng: Rng, p: number) => rng() < p;

// ------------------------------------------------------------------------------------------ fixture

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

async function makeFixture() {
  const awardOrg = await makeAwardOrganisation();
  const fields = await db().reformField.findMany({ where: { campaignId: awardOrg.campaign.id }, orderBy: { sortOrder: "asc" } });
  const org = { ...awardOrg, campaign: { ...awardOrg.campaign, fields } };
  // Mẫu 1 of org.campaign: open (registration due in 30 days). Office B has submitted its own.
  const regB = await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "SUBMITTED", submittedBy: org.headB });
  await db().milestone.create({
    data: { campaignId: org.campaign.id, kind: "AWARD_PROPOSAL", name: "Gửi hồ sơ đề nghị khen thưởng", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay(dayFromNow(20)), sortOrder: 8 },
  });
  await db().awardCriterion.create({ data: { awardFormId: org.formGK.id, content: "Gương mẫu chấp hành pháp luật", kind: "DECLARED", hard: false, sortOrder: 1 } });
  const declared = await db().awardCriterion.findFirstOrThrow({ where: { awardFormId: org.formGK.id } });
  // No uploaded document required, so that a valid proposal can be submitted.
  await db().awardDocumentRequirement.createMany({
    data: (["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"] as const).map((kind, i) => ({ awardFormId: org.formGK.id, kind, name: `Tài liệu ${i + 1}`, required: false, sortOrder: i + 1 })),
  });

  // Reports: a second campaign whose registration closed 10 days ago, office A and B accepted.
  const reportCampaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: dayFromNow(-10) });
  await addReportMilestones(reportCampaign);
  const repA = await makeRegistration({
    campaign: reportCampaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [{ field: 0, content: "Rà soát thủ tục hành chính" }, { field: 5, content: "Số hoá hồ sơ", level: "CITY" }],
  });
  const repB = await makeRegistration({ campaign: reportCampaign, unit: org.officeB, status: "ACCEPTED", submittedBy: org.headB });

  // Award proposals: office B's submitted one (the standing office reviews it), one scheduled for the council.
  const proposalB = await makeProposal({ campaign: org.campaign, unit: org.officeB, form: org.formGK, status: "SUBMITTED", nominee: { type: "COLLECTIVE", unit: org.officeB } });
  const scheduled = await makeProposal({ campaign: org.campaign, unit: org.officeA, form: org.formGK, status: "SCHEDULED", nominee: { type: "CITIZEN", name: "Trần Văn Dân" } });
  const decided = await makeProposal({ campaign: org.campaign, unit: org.officeB, form: org.formGK, status: "APPROVED", nominee: { type: "CITIZEN", name: "Lê Thị Hoa" } });
  const members = [
    { user: org.leader, position: "CHAIR" as const, present: true },
    { user: org.secretary, position: "SECRETARY" as const, present: true },
    { user: org.council, position: "MEMBER" as const, present: true },
  ];
  const voting = await makeSession({ org, members, items: [{ proposal: scheduled, votes: [], outcome: "APPROVED" }], close: false });
  const closed = await makeSession({ org, members, items: [{ proposal: decided, votes: [{ user: org.leader, choice: "AGREE" }], outcome: "APPROVED" }] });
  const votingItems = await db().councilAgendaItem.findMany({ where: { sessionId: voting.id } });
  const closedItems = await db().councilAgendaItem.findMany({ where: { sessionId: closed.id } });

  // Evidence of office B (on its initiative of the report campaign).
  const evidenceB = await db().evidenceFile.create({
    data: {
      initiativeId: repB.initiatives[0].id,
      unitId: org.officeB.id,
      campaignId: reportCampaign.id,
      fileName: "minh-chung.pdf",
      mimeType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      storageKey: "fuzz/minh-chung.pdf",
      uploadedById: org.headB.id,
    },
  });

  // An open appraisal round of the report campaign: the Sở's council member scores (a member at the issuing
  // level scores every office) and chairs it.
  const appraisal = await makeAppraisalRound({ campaign: reportCampaign, initiatives: [...repA.initiatives, ...repB.initiatives], evaluators: [org.council], perItem: 1, chair: org.council });

  // A draft campaign of the Sở, for "update".
  const draft = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA], status: "DRAFT" });

  const milestones = await db().milestone.findMany({ where: { campaignId: { in: [org.campaign.id, reportCampaign.id] } } });
  const ids = [
    ...[org.city, org.dept, org.officeA, org.officeB, org.otherDept].map((u) => u.id),
    ...[org.admin, org.office, org.otherOffice, org.leader, org.headA, org.staffA, org.headB, org.staffB, org.council, org.emulation, org.secretary].map((u) => u.id),
    ...[org.campaign, org.cityCampaign, reportCampaign, draft].map((c) => c.id),
    ...[...org.campaign.fields, ...reportCampaign.fields].map((f) => f.id),
    ...milestones.map((m) => m.id),
    regB.registration.id,
    repA.registration.id,
    repB.registration.id,
    ...[...regB.initiatives, ...repA.initiatives, ...repB.initiatives].map((i) => i.id),
    ...[proposalB, scheduled, decided].map((p) => p.id),
    org.formGK.id,
    org.formBK.id,
    declared.id,
    voting.id,
    closed.id,
    ...[...votingItems, ...closedItems].map((i) => i.id),
    evidenceB.id,
    appraisal.round.id,
    ...appraisal.criteria.map((c) => c.id),
    ...appraisal.items.map((i) => i.id),
    ...appraisal.assignments.map((a) => a.id),
  ];
  return { org, regB, reportCampaign, repA, repB, proposalB, scheduled, voting, votingItems, closed, evidenceB, draft, declared, milestones, appraisal, ids };
}

type Fixture = Awaited<ReturnType<typeof makeFixture>>;

// ------------------------------------------------------------------------------------- nasty values

const NUL = "\u0000";
const NASTY_STRINGS = [
  NUL,
  `Nội dung dán từ PDF${NUL}có ký tự NUL`,
  "\u0001\u0002\u001b[31mđỏ\u001b[0m\u000b\u000c",
  "x".repeat(100_000),
  "ạ".repeat(2001),
  "<script>alert('xss')</script>",
  '<img src=x onerror="alert(1)">',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","bấm")',
  "+1+1",
  "@SUM(A1:A9)",
  "-2+3",
  "' OR 1=1 --",
  "Robert'); DROP TABLE \"User\";--",
  "../../etc/passwd",
  "\uD800 lẻ cặp",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇻🇳 👨‍👩‍👧",
  "Tiếng Việt có dấu: Nguyễn Thị Ánh Tuyết",
  "",
  "   ",
  "\t\n\r\n",
  "2026-02-30",
  "30/09/2026",
  "2026-9-3",
  "9999-12-31",
  "0000-00-00",
  "2026-09-30T00:00:00Z",
  "1999-12-31",
  "null",
  "undefined",
  "NaN",
  "__proto__",
  "constructor",
  "1e308",
  "%00",
  "\\u0000",
  "a".repeat(65),
  "x".repeat(64),
  "AGREE",
  "MIDTERM",
  "CITY",
  "manual",
  "ADMIN",
  "1128/KH-SQHKT",
  "1/2",
];
const NASTY_NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1, -1, 1.5, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 2_147_483_648, Number.MIN_VALUE, 999_999];

function deep(depth: number, asArray: boolean): unknown {
  let v: unknown = "đáy";
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

class Fuzzer {
  constructor(
    private rng: Rng,
    private ids: string[],
    private tempRefs: unknown[],
  ) {}

  /** A throwing object like React's temporary reference, but a plain object with getters. */
  forged(): unknown {
    const err = () => new Error("Cannot access value on the server. You cannot dot into a temporary client reference from a server component. You can only pass the value through to the client.");
    return Object.defineProperties({}, Object.fromEntries(["rows", "content", "campaignId", "id", "0", "length"].map((k) => [k, { enumerable: true, get: () => { throw err(); } }])));
  }

  nasty(level = 0): unknown {
    const r = this.rng;
    switch (Math.floor(r() * 16)) {
      case 0:
      case 1:
      case 2:
        return pick(r, NASTY_STRINGS);
      case 3:
      case 4:
        return pick(r, NASTY_NUMBERS);
      case 5:
        return pick(r, [null, undefined, true, false, [], {}, "", 0]);
      case 6:
      case 7:
        return pick(r, this.ids);
      case 8:
        return pick(r, [new Date("invalid"), new Date(), new Date(8.64e15), 10n, -1n, Symbol.for("react.element"), new Map([["a", 1]]), new Set([1])]);
      case 9:
        return deep(pick(r, [50, 1000, 5000]), chance(r, 0.5));
      case 10:
        return Array.from({ length: pick(r, [301, 1001, 10_000]) }, () => (chance(r, 0.5) ? "x" : { a: 1 }));
      case 11:
        return pick(r, [JSON.parse('{"__proto__": {"polluted": "có"}}'), { constructor: { prototype: { polluted: "có" } } }, JSON.parse('{"prototype": {"polluted": 1}, "toString": 1, "hasOwnProperty": 1}')]);
      case 12:
        return chance(r, 0.5) ? pick(r, this.tempRefs) : this.forged();
      case 13: {
        const cyclic: Record<string, unknown> = { ten: "vòng" };
        cyclic.self = cyclic;
        cyclic.rows = [cyclic];
        return cyclic;
      }
      default:
        return level < 2 ? (chance(r, 0.5) ? [this.nasty(level + 1), this.nasty(level + 1)] : { [pick(r, ["a", "id", "__proto__", "constructor"])]: this.nasty(level + 1) }) : pick(r, NASTY_STRINGS);
    }
  }

  /** 1–3 changes to a valid payload: a value replaced, a key removed or added, an object turned into an array… */
  mutate(base: unknown): unknown {
    const r = this.rng;
    const root = { v: JSON.parse(JSON.stringify(base)) as unknown };
    const times = 1 + Math.floor(r() * 3);
    for (let n = 0; n < times; n++) {
      const slots: { holder: Record<string | number, unknown>; key: string | number }[] = [];
      const walk = (holder: Record<string | number, unknown>, key: string | number, depth: number) => {
        slots.push({ holder, key });
        let v: unknown;
        try {
          v = holder[key];
        } catch {
          return; // a forged object put by an earlier change
        }
        if (depth > 6 || typeof v !== "object" || v === null || !(Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype)) return;
        for (const k of Object.keys(v).slice(0, 50)) walk(v as Record<string, unknown>, Array.isArray(v) ? Number(k) : k, depth + 1);
      };
      walk(root as unknown as Record<string, unknown>, "v", 0);
      const slot = pick(r, slots);
      let current: unknown;
      try {
        current = slot.holder[slot.key];
      } catch {
        current = undefined;
      }
      const op = Math.floor(r() * 10);
      try {
        if (op === 0 && slot.key !== "v" && !Array.isArray(slot.holder)) delete slot.holder[slot.key];
        else if (op === 1 && typeof current === "object" && current !== null && !Array.isArray(current)) {
          (current as Record<string, unknown>)[pick(r, ["extra", "__proto__", "constructor", "lockVersion", "unitId", "status", "id", "createdById"])] = this.nasty();
        } else if (op === 2 && typeof current === "object" && current !== null) slot.holder[slot.key] = Array.isArray(current) ? { ...current } : Object.values(current);
        else if (op === 3 && typeof current === "string") slot.holder[slot.key] = current + pick(r, [NUL, "\u0007", "<b>đậm</b>", "=1+1", " ".repeat(3)]);
        else if (op === 4 && Array.isArray(current) && current.length) current.push(...current.slice(0, 1)); // duplicates
        else slot.holder[slot.key] = this.nasty();
      } catch {
        // a forged object put by an earlier change: left as it is
      }
    }
    return root.v;
  }

  /** The payload of call number `i`: mostly a mutated valid payload, some valid ones, some anything at all. */
  payload(base: unknown): unknown {
    const x = this.rng();
    if (x < 0.12) return JSON.parse(JSON.stringify(base));
    if (x < 0.27) return this.nasty();
    return this.mutate(base);
  }
}

// ------------------------------------------------------------------------------------- fingerprint

/** Per table: "count:md5 of every row" and "md5 of the rows without their bookkeeping columns". */
type Fingerprint = Map<string, { all: string; content: string }>;

/**
 * Columns that say who touched a record and when, not what it says: saving an unchanged form bumps them
 * (optimistic locking) and, by design, leaves no audit row of its own (lib/registrations/mutations.ts).
 */
const BOOKKEEPING = ["lockVersion", "updatedAt", "updatedById"];

async function tablesOf(): Promise<string[]> {
  const rows = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'UserSession') ORDER BY tablename`;
  return rows.map((r) => r.tablename);
}

async function fingerprint(tables: string[]): Promise<Fingerprint> {
  const strip = BOOKKEEPING.map((c) => ` - '${c}'`).join("");
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::int AS c, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h, ` +
        `md5(coalesce(string_agg((to_jsonb(x)${strip})::text, '|' ORDER BY (to_jsonb(x)${strip})::text), '')) AS k FROM "${t}" x`,
    )
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ t: string; c: number; h: string; k: string }[]>(sql);
  return new Map(rows.map((r) => [r.t, { all: `${r.c}:${r.h}`, content: `${r.c}:${r.k}` }]));
}

/** Tables with any row added, removed or changed. */
function changedTables(a: Fingerprint, b: Fingerprint): string[] {
  return [...a.keys()].filter((t) => a.get(t)!.all !== b.get(t)?.all);
}

/** Tables whose content changed (bookkeeping columns aside). */
function contentChanged(a: Fingerprint, b: Fingerprint): string[] {
  return [...a.keys()].filter((t) => a.get(t)!.content !== b.get(t)?.content);
}

// ------------------------------------------------------------------------------------------ runner

const CODES = new Set(["UNAUTHENTICATED", "NOT_FOUND", "FORBIDDEN", "VALIDATION", "CONFLICT", "RULE"]);
const VIETNAMESE = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

function describeValue(v: unknown): string {
  const seen = new WeakSet<object>();
  let out: string;
  try {
    out = JSON.stringify(v, (_k, x: unknown) => {
      if (typeof x === "function") return "[function: temporary reference]";
      if (typeof x === "bigint") return `${x}n`;
      if (typeof x === "symbol") return String(x);
      if (typeof x === "number" && !Number.isFinite(x)) return String(x);
      if (typeof x === "string" && x.length > 80) return `${x.slice(0, 40)}…(${x.length} chars)`;
      if (x instanceof Map || x instanceof Set) return `[${x.constructor.name}]`;
      if (typeof x === "object" && x !== null) {
        if (seen.has(x)) return "[cycle]";
        seen.add(x);
      }
      return x;
    }) ?? String(v);
  } catch (err) {
    out = `[unprintable: ${(err as Error).message.slice(0, 60)}]`;
  }
  return out.length > 400 ? `${out.slice(0, 400)}…` : out;
}

interface Target {
  name: string;
  /** Who calls, by default; `intruder` is a user of another unit (or without the role) trying the same records. */
  actor: (f: Fixture) => { id: string };
  intruder: (f: Fixture) => { id: string };
  /** A valid payload for the current state of the database (ids and lockVersion read afresh). */
  base: (f: Fixture) => Promise<unknown[]>;
  call: (...args: unknown[]) => Promise<ActionResult<unknown>>;
}

const lockOf = async (model: "registration" | "report" | "awardProposal" | "councilSession", where: Record<string, unknown>) =>
  ((await (db()[model] as unknown as { findFirst(a: unknown): Promise<{ id: string; lockVersion: number } | null> }).findFirst({ where })) ?? null);

async function registrationBase(f: Fixture, confirmed: boolean) {
  const reg = await db().registration.findFirst({ where: { campaignId: f.org.campaign.id, unitId: f.org.officeA.id, kind: "UNIT" }, include: { initiatives: { orderBy: { sortOrder: "asc" } } } });
  const year = f.org.campaign.year;
  const rows = reg?.initiatives.length
    ? reg.initiatives.map((i) => ({
        initiativeId: i.id,
        fieldId: i.fieldId,
        content: i.content,
        type: i.type,
        ownerType: i.ownerType,
        ownerNames: i.ownerNames ?? "",
        expectedCompletion: i.expectedCompletion.toISOString().slice(0, 10),
        note: i.note ?? "",
        level: i.level,
      }))
    : [
        { initiativeId: null, fieldId: f.org.campaign.fields[1].id, content: "Số hoá hồ sơ cấp phép", type: "SOLUTION", ownerType: "UNIT", ownerNames: "", expectedCompletion: `${year}-09-30`, note: "", level: "DEPARTMENT" },
        { initiativeId: null, fieldId: f.org.campaign.fields[0].id, content: "Rà soát quy chế", type: "MODEL", ownerType: "INDIVIDUALS", ownerNames: "Võ Thị Mai", expectedCompletion: `${year}-10-31`, note: "Ghi chú", level: "CITY" },
      ];
  return [{ campaignId: f.org.campaign.id, unitId: f.org.officeA.id, registrationId: reg?.id ?? null, lockVersion: reg?.lockVersion ?? 0, rows, confirmed }];
}

async function reportBase(f: Fixture, confirmed: boolean) {
  const rep = await lockOf("report", { campaignId: f.reportCampaign.id, unitId: f.org.officeA.id, phase: "MIDTERM" });
  return [
    {
      campaignId: f.reportCampaign.id,
      unitId: f.org.officeA.id,
      phase: "MIDTERM",
      reportId: rep?.id ?? null,
      lockVersion: rep?.lockVersion ?? 0,
      situation: "Phòng có 12 công chức.",
      currentState: "Số hồ sơ tăng 20 %.",
      strengths: "Chủ động.",
      limitations: "Thiếu nhân lực.",
      lessons: "Phối hợp sớm.",
      fieldRows: [{ fieldId: f.reportCampaign.fields[0].id, completedOverride: null, overrideNote: "", note: "Ghi chú lĩnh vực" }],
      parts: f.repA.initiatives.map((i) => ({ initiativeId: i.id, summary: "Tóm tắt", results: "Kết quả" })),
      confirmed,
    },
  ];
}

function campaignForm(f: Fixture, n: number) {
  const days = ["2030-04-18", "2030-04-20", "2030-06-10", "2030-06-20", "2030-11-10", "2030-12-20", "2030-12-20"];
  return {
    documentNumber: `${1000 + n}/KH-FUZZ`,
    issuedOn: "2030-04-14",
    year: 2030,
    issuingUnitId: f.org.dept.id,
    signerName: "Nguyễn Thanh Nhã",
    signerTitle: "Giám đốc",
    title: "Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2030",
    theme: "Chủ đề năm",
    legalBases: "Kế hoạch số 1018/KH-UBND",
    purpose: "Mục đích, yêu cầu",
    participantsText: "Các phòng thuộc Sở",
    criteria: { COLLECTIVE: [{ content: "Tiêu chí tập thể" }], INDIVIDUAL: [], CITIZEN: [] },
    fields: DEFAULT_REFORM_FIELDS.map((name) => ({ name })),
    registrationLevels: ["CITY", "DEPARTMENT"],
    startsOn: "2030-04-14",
    endsOn: "2030-12-31",
    unitIds: [f.org.officeA.id, f.org.officeB.id],
    parentCampaignId: "",
    receivingUnitId: "",
    milestones: PLAN_MILESTONES.map((m, i) => ({ ...m, beforeDay: days[i] })),
    reminderOffsetsText: "7, 3, 1",
    remindMorningAfter: true,
    remindWeeklyOverdue: true,
  };
}

let campaignSeq = 0;

const TARGETS: Target[] = [
  {
    name: "Mẫu 1: lưu nháp",
    actor: (f) => f.org.staffA,
    intruder: (f) => f.org.headB,
    base: (f) => registrationBase(f, false),
    call: (input) => saveUnitRegistrationAction(input as never),
  },
  {
    name: "Mẫu 1: nộp",
    actor: (f) => f.org.headA,
    intruder: (f) => f.org.headB,
    base: (f) => registrationBase(f, true),
    call: (input) => submitUnitRegistrationAction(input as never),
  },
  {
    name: "Mẫu 1: trả lại",
    actor: (f) => f.org.office,
    intruder: (f) => f.org.otherOffice,
    base: async (f) => {
      const reg = await db().registration.findUniqueOrThrow({ where: { id: f.regB.registration.id } });
      return [{ campaignId: f.org.campaign.id, registrationId: reg.id, lockVersion: reg.lockVersion, comment: "Bổ sung tiến độ thực hiện." }];
    },
    call: (input) => returnRegistrationAction(input),
  },
  {
    name: "Mẫu 1: tiếp nhận",
    actor: (f) => f.org.office,
    intruder: (f) => f.org.headA,
    base: async (f) => {
      const reg = await db().registration.findUniqueOrThrow({ where: { id: f.regB.registration.id } });
      return [{ campaignId: f.org.campaign.id, registrationId: reg.id, lockVersion: reg.lockVersion }];
    },
    call: (input) => acceptRegistrationAction(input),
  },
  {
    name: "Báo cáo sơ kết: lưu nháp",
    actor: (f) => f.org.staffA,
    intruder: (f) => f.org.headB,
    base: (f) => reportBase(f, false),
    call: (input) => saveReportDraftAction(input as never),
  },
  {
    name: "Báo cáo sơ kết: nộp",
    actor: (f) => f.org.headA,
    intruder: (f) => f.org.headB,
    base: (f) => reportBase(f, true),
    call: (input) => submitReportAction(input as never),
  },
  {
    name: "Kế hoạch: tạo",
    actor: (f) => f.org.office,
    intruder: (f) => f.org.headA,
    base: async (f) => [campaignForm(f, ++campaignSeq)],
    call: (input) => createCampaignAction(input),
  },
  {
    name: "Kế hoạch: sửa",
    actor: (f) => f.org.office,
    intruder: (f) => f.org.otherOffice,
    base: async (f) => {
      const user = await loadSessionUser(f.org.office.id);
      const load = await getCampaignForEdit(user!, f.draft.id);
      if (load.kind !== "ok") throw new Error(`fixture: ${load.kind}`);
      return [f.draft.id, load.values];
    },
    call: (id, input) => updateCampaignAction(id as string, input),
  },
  {
    name: "Gia hạn",
    actor: (f) => f.org.office,
    intruder: (f) => f.org.otherOffice,
    base: async (f) => {
      const m = f.milestones.find((x) => x.campaignId === f.org.campaign.id && x.kind === "REGISTRATION")!;
      return [{ campaignId: f.org.campaign.id, milestoneId: m.id, unitId: f.org.officeA.id, beforeDay: dayFromNow(45), reason: "Đơn vị có văn bản xin gia hạn." }];
    },
    call: (input) => grantExtensionAction(input as never),
  },
  {
    name: "Đề nghị khen thưởng: lưu nháp",
    actor: (f) => f.org.headA,
    intruder: (f) => f.org.headB,
    base: async (f) => proposalBase(f, false),
    call: (input) => saveProposalDraftAction(input as never),
  },
  {
    name: "Đề nghị khen thưởng: nộp",
    actor: (f) => f.org.headA,
    intruder: (f) => f.org.headB,
    base: async (f) => proposalBase(f, true),
    call: (input) => submitProposalAction(input as never),
  },
  {
    name: "Đề nghị khen thưởng: trả lại",
    actor: (f) => f.org.emulation,
    intruder: (f) => f.org.otherOffice,
    base: async (f) => {
      const p = await db().awardProposal.findUniqueOrThrow({ where: { id: f.proposalB.id } });
      return [{ campaignId: f.org.campaign.id, proposalId: p.id, lockVersion: p.lockVersion, comment: "Bổ sung biên bản họp." }];
    },
    call: (input) => returnProposalAction(input),
  },
  {
    name: "Hội đồng: biểu quyết",
    actor: (f) => f.org.council,
    intruder: (f) => f.org.headA,
    base: async (f) => [{ sessionId: f.voting.id, votes: f.votingItems.map((i) => ({ agendaItemId: i.id, choice: "AGREE" })) }],
    call: (input) => castVotesAction(input),
  },
  {
    name: "Hội đồng: lưu biên bản",
    actor: (f) => f.org.secretary,
    intruder: (f) => f.org.headA,
    base: async (f) => {
      const s = await db().councilSession.findUniqueOrThrow({ where: { id: f.closed.id } });
      return [{ sessionId: s.id, lockVersion: s.lockVersion, minutes: `BIÊN BẢN HỌP\nNội dung biên bản ${s.lockVersion}.` }];
    },
    call: (input) => saveMinutesAction(input),
  },
  {
    name: "Thẩm định: lưu điểm",
    actor: (f) => f.org.council,
    intruder: (f) => f.org.headB,
    base: async (f) => {
      const a = await db().appraisalAssignment.findUniqueOrThrow({ where: { id: f.appraisal.assignments[0].id } });
      return [{ assignmentId: a.id, lockVersion: a.lockVersion, scores: fullScores(f.appraisal.criteria) }];
    },
    call: (input) => saveScoresAction(input),
  },
  {
    name: "Thẩm định: ghi kết luận",
    actor: (f) => f.org.council,
    intruder: (f) => f.org.office,
    base: async (f) => [{ itemId: f.appraisal.items[0].id, verdict: "NEEDS_SURVEY", reason: "Cần khảo sát thực tế tại đơn vị." }],
    call: (input) => recordVerdictAction(input),
  },
  {
    name: "Quản trị: tạo tài khoản",
    actor: (f) => f.org.admin,
    intruder: (f) => f.org.office,
    base: async (f) => [
      { username: `fuzz.${++campaignSeq}`, email: "", fullName: "Nguyễn Văn Mới", jobTitle: "Chuyên viên", unitId: f.org.officeA.id, passwordMode: "generate", password: "", role: "UNIT_STAFF", roleUnitId: "" },
    ],
    call: (input) => createUserAction(input),
  },
  {
    name: "Khảo sát: lên lịch làm việc tại đơn vị",
    actor: (f) => f.org.office,
    intruder: (f) => f.org.headB,
    base: async (f) => {
      const round = await surveyRoundOf(f);
      const initiative = await db().initiative.findFirstOrThrow({ where: { unitId: f.org.officeA.id }, select: { id: true } });
      return [{ roundId: round.id, unitId: f.org.officeA.id, date: "10/06/2030", startTime: "08:30", endTime: "11:00", place: "Phòng họp", contactName: "Nguyễn Văn A", contactPhone: "", note: "", reportDueDate: "", initiativeIds: [initiative.id] }];
    },
    call: (input) => addVisitAction(input),
  },
  {
    name: "Nhân rộng: đăng ký mô hình",
    actor: (f) => f.org.headB,
    intruder: (f) => f.org.office,
    base: async (f) => [{ modelId: (await libraryModelOf(f)).id, unitId: "", startedOn: "", note: "Áp dụng tại phòng" }],
    call: (input) => adoptModelAction(input),
  },
  {
    name: "Minh chứng: xoá",
    actor: (f) => f.org.headB,
    intruder: (f) => f.org.headA,
    base: async (f) => [{ fileId: f.evidenceB.id }],
    call: (input) => deleteEvidenceAction(input),
  },
];

/** A survey plan of the fixture's Sở (2030) with one round led by its CCHC office, made once. */
async function surveyRoundOf(f: Fixture) {
  const found = await db().surveyRound.findFirst({ where: { plan: { issuingUnitId: f.org.dept.id } }, select: { id: true } });
  if (found) return found;
  const plan = await db().surveyPlan.create({
    data: { issuingUnitId: f.org.dept.id, title: "Khảo sát 2030", year: 2030, startsOn: new Date("2030-01-01T00:00:00Z"), endsOn: new Date("2030-12-31T00:00:00Z"), createdById: f.org.office.id },
  });
  return db().surveyRound.create({ data: { planId: plan.id, name: "Đợt 1", team: { create: [{ userId: f.org.office.id, role: "LEADER" }] } }, select: { id: true } });
}

/** A model of office A in the library (its recognition written directly), made once. */
async function libraryModelOf(f: Fixture) {
  const found = await db().recognisedModel.findFirst({ where: { unitId: f.org.officeA.id }, select: { id: true } });
  if (found) return found;
  const i = await db().initiative.findFirstOrThrow({ where: { unitId: f.org.officeA.id }, select: { id: true, content: true, type: true, fieldId: true } });
  const d = await db().recognitionDecision.create({
    data: { issuingUnitId: f.org.dept.id, campaignId: f.org.campaign.id, level: "DEPARTMENT", number: `F-${i.id}`, signedOn: new Date("2030-01-02T00:00:00Z"), signerName: "A", signerTitle: "Giám đốc", createdById: f.org.office.id },
  });
  return db().recognisedModel.create({
    data: { initiativeId: i.id, unitId: f.org.officeA.id, title: i.content, fieldName: "Lĩnh vực", type: i.type, level: "DEPARTMENT", year: 2030, decisionId: d.id, recognisedOn: d.signedOn, searchText: "mo hinh" },
    select: { id: true },
  });
}

async function proposalBase(f: Fixture, confirmed: boolean) {
  const p = await db().awardProposal.findFirst({ where: { campaignId: f.org.campaign.id, unitId: f.org.officeA.id, nomineeType: "COLLECTIVE" } });
  return [
    {
      proposalId: p?.id ?? null,
      lockVersion: p?.lockVersion ?? 0,
      campaignId: f.org.campaign.id,
      unitId: f.org.officeA.id,
      nomineeType: "COLLECTIVE",
      nomineeUnitId: f.org.officeA.id,
      nomineeUserId: null,
      nomineeName: "",
      nomineeDetail: "",
      nomineeIsBusiness: false,
      awardFormId: f.org.formGK.id,
      achievements: "Hoàn thành xuất sắc nhiệm vụ được giao.",
      declaredRating: "EXCELLENT",
      declaredNoDiscipline: true,
      answers: { [f.declared.id]: true },
      confirmed,
    },
  ];
}

// --------------------------------------------------------------------------------------------- tests

let evidenceDir: string;
const savedEvidenceDir = process.env.EVIDENCE_DIR;
let tempRefs: unknown[] = [];
beforeAll(async () => {
  evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), "action-fuzz-"));
  process.env.EVIDENCE_DIR = evidenceDir;
  tempRefs = [await temporaryReference(), ...(await decodeActionArgs([["$T", { a: "$T" }]]))];
});
afterAll(() => {
  fs.rmSync(evidenceDir, { recursive: true, force: true });
  if (savedEvidenceDir === undefined) delete process.env.EVIDENCE_DIR;
  else process.env.EVIDENCE_DIR = savedEvidenceDir;
});
afterEach(() => vi.restoreAllMocks());

const prof: number[][] = [];
afterAll(() => {
  if (!prof.length) return;
  const avg = prof[0].map((_, j) => (prof.reduce((s, r) => s + r[j], 0) / prof.length).toFixed(1));
  const worst = [...prof].sort((a, b) => b[3] - a[3]).slice(0, 5).map((r) => r[3].toFixed(0));
  console.info(`[fuzz profile] base, actAs, fp, call, fp (ms avg): ${avg.join(", ")}; slowest calls ${worst.join(", ")}`);
});

interface Finding {
  target: string;
  call: number;
  actor: string;
  payload: string;
  problem: string;
}

async function fuzz(target: Target, seed: number, runs: number): Promise<{ findings: Finding[]; ok: number; refused: Record<string, number> }> {
  const f = await makeFixture();
  testState.ballotKey = deriveBallotKey(TEST_PASSWORD, f.org.council.id);
  const rng = mulberry32(seed);
  const fuzzer = new Fuzzer(rng, f.ids, tempRefs);
  const tables = await tablesOf();
  const findings: Finding[] = [];
  const refused: Record<string, number> = {};
  let ok = 0;
  let signedIn: string | null = null;
  let previous: Fingerprint | null = null;

  const logged: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(`console.error: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ").slice(0, 300)}`));
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void logged.push(`console.warn: ${args.map(String).join(" ").slice(0, 300)}`));

  for (let i = 0; i < runs; i++) {
    const intruder = chance(rng, 0.25);
    const actor = intruder ? target.intruder(f) : target.actor(f);
    const t0 = performance.now();
    const base = await target.base(f);
    // Each argument is fuzzed on its own (most actions take one).
    const args = base.map((b) => fuzzer.payload(b));
    const t1 = performance.now();
    // Signing in writes only "UserSession" (left out of the fingerprint); reads write nothing else, so the
    // fingerprint after a call is the one before the next.
    if (actor.id !== signedIn) await actAs(actor);
    signedIn = actor.id;
    const t2 = performance.now();
    const before = previous ?? (await fingerprint(tables));
    const t3 = performance.now();
    logged.length = 0;
    const note = (problem: string) => findings.push({ target: target.name, call: i, actor: intruder ? "intruder" : "actor", payload: describeValue(args), problem });

    let res: ActionResult<unknown>;
    try {
      res = await target.call(...args);
    } catch (err) {
      note(`threw: ${(err as Error)?.message?.slice(0, 300) ?? String(err)}`);
      previous = null;
      continue;
    }
    const t4 = performance.now();
    const after = await fingerprint(tables);
    const t5 = performance.now();
    previous = after;
    if (process.env.FUZZ_PROFILE) prof.push([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4]);
    const changed = changedTables(before, after);
    const content = contentChanged(before, after).filter((t) => t !== "AuditLog");
    const audited = Number(after.get("AuditLog")!.all.split(":")[0]) > Number(before.get("AuditLog")!.all.split(":")[0]);

    if (logged.length) note(logged.join(" / "));
    if (!res || typeof res !== "object" || typeof res.ok !== "boolean") {
      note(`not an ActionResult: ${describeValue(res)}`);
      continue;
    }
    if (process.env.FUZZ_DEBUG) console.info(`[fuzz debug] ${target.name} #${i}: ${describeValue(res).slice(0, 200)} ← ${describeValue(args).slice(0, 150)}`);
    if (res.ok) {
      ok++;
      if (content.length && !audited) note(`rows changed without an audit row: ${content.join(", ")}`);
    } else {
      refused[res.code] = (refused[res.code] ?? 0) + 1;
      if (res.error === GENERIC_ERROR) note("generic error (an unexpected server error)");
      if (!CODES.has(res.code)) note(`unknown code ${res.code}`);
      if (typeof res.error !== "string" || !VIETNAMESE.test(res.error)) note(`error is not a Vietnamese message: ${describeValue(res.error)}`);
      if (changed.length) note(`refused (${res.code}: ${res.error}) but rows changed: ${changed.join(", ")}`);
    }
  }
  expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  return { findings, ok, refused };
}

const seedOf = (name: string) => {
  // One stream per action, from the file's seed and the action's name (adding an action does not reshuffle the others).
  let h = SEED;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
};

describe(`fuzz of the main server actions (FUZZ_SEED=${SEED}, ${RUNS} payloads per action)`, () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))("%s", async (_name, target) => {
    const started = Date.now();
    const { findings, ok, refused } = await fuzz(target, seedOf(target.name), RUNS);
    console.info(`[fuzz] ${target.name}: ${RUNS} calls in ${((Date.now() - started) / 1000).toFixed(1)} s, ${ok} accepted, refused ${JSON.stringify(refused)}, seed ${seedOf(target.name)}`);
    expect(findings.slice(0, 8), `${findings.length} findings (FUZZ_SEED=${SEED})`).toEqual([]);
  }, 240_000);
});

describe("text pasted from a PDF (U+0000) and forged bodies with React temporary references", () => {
  it("Mẫu 1 with a NUL in a row's content: a VALIDATION result at that field, nothing saved, nothing logged", async () => {
    const f = await makeFixture();
    await actAs(f.org.staffA);
    const [input] = await registrationBase(f, false);
    const form = input as { rows: { content: string; note: string }[] };
    form.rows[1].content = `Rà soát quy chế${NUL}(dán từ PDF)`;
    const error = vi.spyOn(console, "error");
    const tables = await tablesOf();
    const before = await fingerprint(tables);
    const res = await saveUnitRegistrationAction(form as never);
    expect(res).toEqual({ ok: false, code: "VALIDATION", error: MESSAGES.VALIDATION, fieldErrors: { "rows.1.content": CONTROL_CHAR_MESSAGE } });
    expect(changedTables(before, await fingerprint(tables))).toEqual([]);
    expect(error).not.toHaveBeenCalled();
  });

  it("every free text of the main save actions refuses a NUL at its field (ids too, as a bad value, never a database error)", async () => {
    const f = await makeFixture();
    const error = vi.spyOn(console, "error");
    const cases: [Target["name"], (args: unknown[]) => void, string][] = [
      ["Báo cáo sơ kết: lưu nháp", (a) => ((a[0] as { lessons: string }).lessons = `Bài học${NUL}`), "lessons"],
      ["Báo cáo sơ kết: lưu nháp", (a) => ((a[0] as { parts: { results: string }[] }).parts[0].results = `Kết quả${NUL}`), "parts.0.results"],
      ["Mẫu 1: trả lại", (a) => ((a[0] as { comment: string }).comment = `Bổ sung${NUL}`), "comment"],
      ["Kế hoạch: tạo", (a) => ((a[0] as { purpose: string }).purpose = `Mục đích${NUL}`), "purpose"],
      ["Kế hoạch: sửa", (a) => ((a[1] as { fields: { name: string }[] }).fields[0].name = `Lĩnh vực${NUL}`), "fields.0.name"],
      ["Gia hạn", (a) => ((a[0] as { reason: string }).reason = `Lý do${NUL}`), "reason"],
      ["Đề nghị khen thưởng: lưu nháp", (a) => ((a[0] as { achievements: string }).achievements = `Thành tích${NUL}`), "achievements"],
      ["Đề nghị khen thưởng: trả lại", (a) => ((a[0] as { comment: string }).comment = `Bổ sung${NUL}`), "comment"],
      ["Hội đồng: lưu biên bản", (a) => ((a[0] as { minutes: string }).minutes = `Biên bản${NUL}`), "minutes"],
      ["Quản trị: tạo tài khoản", (a) => ((a[0] as { fullName: string }).fullName = `Nguyễn${NUL}Văn`), "fullName"],
    ];
    const tables = await tablesOf();
    for (const [name, change, at] of cases) {
      const target = TARGETS.find((t) => t.name === name)!;
      await actAs(target.actor(f));
      const args = await target.base(f);
      change(args);
      const before = await fingerprint(tables);
      const res = await target.call(...args);
      expect(res, name).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { [at]: CONTROL_CHAR_MESSAGE } });
      expect(changedTables(before, await fingerprint(tables)), name).toEqual([]);
    }
    // Voting has no free text; a NUL in an id is refused by the action's validation step, at the id's field.
    await actAs(f.org.council);
    const before = await fingerprint(tables);
    const vote = await castVotesAction({ sessionId: `${f.voting.id}${NUL}`, votes: [{ agendaItemId: f.votingItems[0].id, choice: "AGREE" }] });
    expect(vote).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { sessionId: CONTROL_CHAR_MESSAGE } });
    expect(changedTables(before, await fingerprint(tables))).toEqual([]);
    expect(error).not.toHaveBeenCalled();
  });

  it("a body decoded by React with temporary references ($T) is a bad request, for every main action; nothing logged", async () => {
    const f = await makeFixture();
    const error = vi.spyOn(console, "error");
    const tables = await tablesOf();
    for (const target of TARGETS) {
      await actAs(target.actor(f));
      const base = await target.base(f);
      // The whole argument, a row of a list, and a property: "$T" where the form sends a value.
      const bodies: unknown[][] = [
        base.map(() => "$T"),
        base.map((b) => (typeof b === "object" && b ? Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Array.isArray(v) ? ["$T", ...v] : v])) : b)),
        base.map((b) => (typeof b === "object" && b ? { ...b, [Object.keys(b)[0]]: "$T" } : "$T")),
      ];
      for (const body of bodies.filter((b) => JSON.stringify(b) !== JSON.stringify(base))) {
        const args = await decodeActionArgs(body);
        const before = await fingerprint(tables);
        const res = await target.call(...args);
        expect(res, `${target.name}: ${describeValue(body)}`).toMatchObject({ ok: false, code: "VALIDATION" });
        if (!res.ok) expect(res.error === MESSAGES.BAD_REQUEST || res.error === MESSAGES.VALIDATION, `${target.name}: ${res.error}`).toBe(true);
        expect(changedTables(before, await fingerprint(tables)), target.name).toEqual([]);
      }
    }
    expect(error).not.toHaveBeenCalled();
  }, 120_000);
});
