import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as consolidatedDocumentGET } from "../../app/(portal)/campaigns/[id]/consolidated/document/route";
import { GET as typicalDocumentGET } from "../../app/(portal)/campaigns/[id]/typical/document/route";
import { GET as registrationDocumentGET } from "../../app/(portal)/registrations/[id]/document/route";
import { actAs, db, makeOrganisation } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

/**
 * The official documents of the forms and lists (Word and PDF): authorised like their pages, built
 * from the records, the unit's document symbol in the number, the filters applied.
 */

type Res = Response;
const call = async (user: { id: string } | null, handler: (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Res>, id: string, query = "") => {
  await actAs(user);
  return handler(new Request(`http://localhost/x/${id}/document${query}`), { params: Promise.resolve({ id }) });
};

async function pdfText(res: Res): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doc-"));
  try {
    fs.writeFileSync(path.join(dir, "d.pdf"), Buffer.from(await res.arrayBuffer()));
    return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path.join(dir, "d.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function setup() {
  const org = await makeOrganisation();
  await db().unit.update({ where: { id: org.dept.id }, data: { documentSymbol: "STN", name: "Sở Thử nghiệm" } });
  await db().unit.update({ where: { id: org.city.id }, data: { name: "Ủy ban nhân dân Thành phố Hồ Chí Minh" } });
  const regA = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "SUBMITTED",
    submittedBy: org.headA,
    rows: [
      { field: 0, content: "Rà soát quy chế làm việc <b>nội bộ</b>" },
      { field: 5, content: "Số hóa hồ sơ quy hoạch", level: "CITY", type: "MODEL", isTypical: true },
    ],
  });
  const regB = await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "ACCEPTED", submittedBy: org.headB, rows: [{ field: 1, content: "Một cửa điện tử" }] });
  return { org, regA, regB };
}

describe("official documents of the forms and lists", () => {
  it("the unit head downloads the unit's Mẫu 1 as Word and as PDF, with every field block and the rows as typed", async () => {
    const { org, regA } = await setup();
    const docx = await call(org.headA, registrationDocumentGET, regA.registration.id);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect(docx.headers.get("content-disposition")).toContain("filename*=UTF-8''M%E1%BA%ABu%201%20-%20Ph%C3%B2ng%20A");
    const text = await pdfText(await call(org.headA, registrationDocumentGET, regA.registration.id, "?format=pdf"));
    expect(text).toContain("ĐĂNG KÝ THI ĐUA CẢI CÁCH HÀNH CHÍNH");
    expect(text).toContain("SỞ THỬ NGHIỆM");
    expect(text).toContain("PHÒNG A");
    expect(text).toContain("Rà soát quy chế làm việc <b>nội bộ</b>");
    expect(text).toContain("XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ");
    expect(text).toContain("Thành phố Hồ Chí Minh, ngày");
  }, 180_000);

  it("another unit's head, another Sở's office and a signed-out visitor get 404 for the Mẫu 1, whatever the format", async () => {
    const { org, regA } = await setup();
    for (const u of [org.headB, org.otherOffice, null]) {
      expect((await call(u, registrationDocumentGET, regA.registration.id)).status).toBe(404);
      expect((await call(u, registrationDocumentGET, regA.registration.id, "?format=pdf")).status).toBe(404);
    }
    expect((await call(org.headA, registrationDocumentGET, "missing")).status).toBe(404);
  });

  it("the office's consolidated Mẫu 1 follows the page's filters and numbers with the Sở's symbol; the typical list is the selection only", async () => {
    const { org } = await setup();
    const all = await pdfText(await call(org.office, consolidatedDocumentGET, org.campaign.id, "?format=pdf"));
    expect(all).toContain("/BC-STN");
    expect(all).toContain("Rà soát quy chế làm việc");
    expect(all).toContain("Một cửa điện tử");
    expect(all).toContain("UBND THÀNH PHỐ HỒ CHÍ MINH");
    const field = org.campaign.fields[1].id;
    const filtered = await pdfText(await call(org.office, consolidatedDocumentGET, org.campaign.id, `?field=${field}&format=pdf`));
    expect(filtered).toContain("Một cửa điện tử");
    expect(filtered).not.toContain("Rà soát quy chế làm việc");
    expect(filtered).toContain("Lọc theo lĩnh vực");
    const typical = await pdfText(await call(org.leader, typicalDocumentGET, org.campaign.id, "?format=pdf"));
    expect(typical).toContain("Số hóa hồ sơ quy hoạch");
    expect(typical).not.toContain("Một cửa điện tử");
  }, 180_000);

  it("a unit head and another Sở's office cannot download the consolidated list or the typical list", async () => {
    const { org } = await setup();
    for (const u of [org.headA, org.otherOffice, null]) {
      expect((await call(u, consolidatedDocumentGET, org.campaign.id)).status).toBe(404);
      expect((await call(u, typicalDocumentGET, org.campaign.id)).status).toBe(404);
    }
  });
});
