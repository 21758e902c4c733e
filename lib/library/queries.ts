import "server-only";
import { compareVi } from "@/lib/text/collate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { InitiativeProgress } from "@/lib/generated/prisma/enums";
import type { LibraryFilters } from "./schemas";

export const LIBRARY_PAGE_SIZE = 20;
export const SPREAD_PAGE_SIZE = 20;

/** Escapes LIKE wildcards of a user's search text. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(f: LibraryFilters): Prisma.RecognisedModelWhereInput {
  const words = f.q.split(" ").filter(Boolean).slice(0, 8);
  return {
    ...(words.length ? { AND: words.map((w) => ({ searchText: { contains: likeEscape(w) } })) } : {}),
    ...(f.field ? { fieldName: f.field } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(f.unit ? { unitId: f.unit } : {}),
  };
}

/**
 * One page of the library (newest recognition first) and the total: two statements, whatever the page.
 * `only` narrows it further (the public library: `{ isPublic: true }`, issue 14).
 */
export async function searchLibrary(f: LibraryFilters, page: number, only: Prisma.RecognisedModelWhereInput = {}) {
  const db = await getDb();
  const where = { ...whereOf(f), ...only };
  const [total, rows] = await Promise.all([
    db.recognisedModel.count({ where }),
    db.recognisedModel.findMany({
      where,
      orderBy: [{ recognisedOn: "desc" }, { id: "asc" }],
      skip: (page - 1) * LIBRARY_PAGE_SIZE,
      take: LIBRARY_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        type: true,
        fieldName: true,
        level: true,
        year: true,
        adoptionCount: true,
        unit: { select: { id: true, name: true } },
        decision: { select: { number: true, signedOn: true } },
      },
    }),
  ]);
  return { total, rows };
}

/** The choices of the library's filters: the fields, years and owner units that have models. */
export async function libraryFilterOptions() {
  const db = await getDb();
  const [fields, years, units] = await Promise.all([
    db.recognisedModel.findMany({ distinct: ["fieldName"], select: { fieldName: true }, orderBy: { fieldName: "asc" } }),
    db.recognisedModel.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
    db.recognisedModel.findMany({ distinct: ["unitId"], select: { unit: { select: { id: true, name: true } } } }),
  ]);
  return {
    fields: fields.map((f) => f.fieldName),
    years: years.map((y) => y.year),
    units: units.map((u) => u.unit).sort((a, b) => compareVi(a.name, b.name)),
  };
}

/** A model's page: the entry, its lineage's recognitions, results as figures and the files shared by the owner. */
export async function loadModel(modelId: string) {
  if (typeof modelId !== "string" || modelId.length > 64) return null;
  const db = await getDb();
  const model = await db.recognisedModel.findUnique({
    where: { id: modelId },
    select: {
      id: true,
      initiativeId: true,
      title: true,
      type: true,
      fieldName: true,
      level: true,
      year: true,
      recognisedOn: true,
      description: true,
      adoptionCount: true,
      isPublic: true,
      unit: { select: { id: true, name: true, path: true } },
      initiative: {
        select: {
          ownerNames: true,
          ownerType: true,
          progress: true,
          completedOn: true,
          campaign: { select: { id: true, documentNumber: true, title: true } },
          results: { orderBy: { sortOrder: "asc" }, select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true } },
        },
      },
    },
  });
  if (!model) return null;
  const [decisions, files] = await Promise.all([
    db.recognitionDecision.findMany({
      where: { items: { some: { originInitiativeId: model.initiativeId } } },
      orderBy: { signedOn: "asc" },
      select: { id: true, number: true, signedOn: true, level: true, signerName: true, signerTitle: true, issuingUnit: { select: { name: true } } },
    }),
    // Files of the lineage (the origin and its forwarded copies) the owner marked shareable; replaced ones are left out.
    db.evidenceFile.findMany({
      where: { shareable: true, supersededAt: null, initiative: { OR: [{ id: model.initiativeId }, { originInitiativeId: model.initiativeId }] } },
      orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, sizeBytes: true, description: true, createdAt: true },
      take: 100,
    }),
  ]);
  return { ...model, decisions, files };
}

export interface SpreadRow {
  id: string;
  unitName: string;
  since: Date;
  progress: InitiativeProgress;
  completedOn: Date | null;
  reportedAt: Date | null;
  viaCampaign: string | null;
  results: { indicator: string; unitOfMeasure: string; valueBefore: number | null; valueAfter: number }[];
}

/**
 * "Nơi đã nhân rộng": one page of the model's adoptions, oldest first, with the state and the first
 * figures of each (from the Mẫu 1 row when the adoption is one, else the adoption's own): one statement.
 */
export async function listSpread(modelId: string, page: number): Promise<{ total: number; rows: SpreadRow[] }> {
  const db = await getDb();
  const [total, rows] = await Promise.all([
    db.modelAdoption.count({ where: { modelId } }),
    db.modelAdoption.findMany({
      where: { modelId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * SPREAD_PAGE_SIZE,
      take: SPREAD_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        startedOn: true,
        progress: true,
        completedOn: true,
        reportedAt: true,
        unit: { select: { name: true } },
        results: { orderBy: { sortOrder: "asc" }, take: 3, select: { indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true } },
        initiative: {
          select: {
            progress: true,
            completedOn: true,
            campaign: { select: { documentNumber: true } },
            results: { orderBy: { sortOrder: "asc" }, take: 3, select: { indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true } },
          },
        },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      unitName: r.unit.name,
      since: r.startedOn ?? r.createdAt,
      progress: r.initiative?.progress ?? r.progress,
      completedOn: r.initiative ? r.initiative.completedOn : r.completedOn,
      reportedAt: r.reportedAt,
      viaCampaign: r.initiative?.campaign.documentNumber ?? null,
      results: r.initiative ? r.initiative.results : r.results,
    })),
  };
}
