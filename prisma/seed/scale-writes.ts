/**
 * Scale data for the write benchmark (issue 16, "100 concurrent unit heads submitting"), called by
 * `npm run seed:scale` after the city-scale data (also on a database that already has it):
 *
 * - `scale-writes`: a published campaign of the scale city, open for Mẫu 1 until the end of next year,
 *   with the six reform fields and the first WRITERS offices of the city as participating units
 *   (their heads `scale.head.<unit>` sign in with the scale password);
 * - no registration: `npm run bench` empties the campaign's registrations before it measures
 *   (resetScaleWrites), so that every run saves and submits the same forms from the same state.
 *
 * Never on a production database (the scale data is for the benchmark only).
 */
import { DEFAULT_REFORM_FIELDS } from "../../lib/campaigns/defaults";
import type { Db } from "../../lib/db/open";
import { dueAtForBeforeDay, inputToCalendarDate, vnDayOf } from "../../lib/time/vn";

export const SCALE_WRITES = {
  campaignId: "scale-writes",
  /** Participating offices, each with its head: the benchmark's concurrent writers. */
  writers: 200,
  fieldIds: Array.from({ length: 6 }, (_, i) => `scale-writes-f${i + 1}`),
} as const;


/** The offices (unit kind OFFICE) whose heads write, in a stable order. */
export async function scaleWriters(prisma: Db, n: number = SCALE_WRITES.writers): Promise<{ unitId: string; username: string }[]> {
  const units = await prisma.unit.findMany({
    where: { id: { startsWith: "s-" }, kind: "OFFICE" },
    orderBy: { id: "asc" },
    take: n,
    select: { id: true },
  });
  return units.map((u) => ({ unitId: u.id, username: `scale.head.${u.id.slice(2)}` }));
}

export async function seedScaleWrites(prisma: Db): Promise<void> {
  if (await prisma.campaign.findUnique({ where: { id: SCALE_WRITES.campaignId }, select: { id: true } })) return;
  const today = vnDayOf(new Date());
  const year = Number(today.slice(0, 4));
  const writers = await scaleWriters(prisma);
  await prisma.campaign.create({
    data: {
      id: SCALE_WRITES.campaignId,
      documentNumber: "2001/KH-UBND",
      issuedOn: inputToCalendarDate(`${year}-01-05`),
      year,
      issuingUnitId: "s-city",
      signerName: "Trần Quốc Khánh",
      signerTitle: "Phó Chủ tịch",
      title: `Kế hoạch thi đua cải cách hành chính năm ${year} (dữ liệu đo tải ghi)`,
      theme: `Dữ liệu thử tải: ${writers.length} đơn vị cùng lưu và nộp Mẫu 1`,
      registrationLevels: ["CITY", "DEPARTMENT"],
      startsOn: inputToCalendarDate(`${year}-01-05`),
      endsOn: inputToCalendarDate(`${year + 1}-12-31`),
      status: "PUBLISHED",
      publishedAt: dueAtForBeforeDay(`${year}-01-05`),
      createdById: "s-user-office",
      fields: { create: DEFAULT_REFORM_FIELDS.map((name, i) => ({ id: SCALE_WRITES.fieldIds[i], name, sortOrder: i + 1 })) },
      milestones: {
        create: [
          {
            kind: "REGISTRATION",
            name: "Đăng ký mô hình, giải pháp, sáng kiến (Mẫu 1)",
            deliverable: "Mẫu 1",
            responsibleRole: "UNIT_HEAD",
            dueAt: dueAtForBeforeDay(`${year + 1}-12-01`),
            sortOrder: 1,
          },
        ],
      },
      units: { create: writers.map((w) => ({ unitId: w.unitId })) },
    },
  });
}

/** Empties the campaign's registrations (their initiatives, versions and reviews go with them). */
export async function resetScaleWrites(prisma: Db): Promise<number> {
  const { count } = await prisma.registration.deleteMany({ where: { campaignId: SCALE_WRITES.campaignId } });
  return count;
}
