import type { SummarySnapshot } from "@/lib/summary/snapshot";
import { completedCutoffNote, documentSummary, formatRate, GENERAL_ASSESSMENT_HEADING, SECTION_HEADINGS, type SectionKey } from "@/lib/summary/rules";
import { formatCalendarDate, formatDateTimeVN, formatDeadline, vnDayOf } from "@/lib/time/vn";
import { FieldTableView, UnitTableView } from "./summary-tables";

/** Paragraphs of a section as typed (blank lines or line breaks separate paragraphs). */
function Paragraphs({ text }: { text: string }) {
  const paras = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paras.length) return <p className="indent-8 italic text-slate-600 print:text-slate-900">(Chưa có nội dung.)</p>;
  return (
    <>
      {paras.map((p, i) => (
        <p key={i} className="mb-1.5 text-justify indent-8">
          {p}
        </p>
      ))}
    </>
  );
}

/** "BC-SQHKT" from the plan's "1128/KH-SQHKT": the report keeps the issuing body's abbreviation. */
function reportSymbol(documentNumber: string): string {
  const m = documentNumber.match(/\/[^-/]+-(.+)$/);
  return m ? `BC-${m[1]}` : "BC";
}

/** "Thành phố Hồ Chí Minh" from "Ủy ban nhân dân Thành phố Hồ Chí Minh" (the place line of the document). */
function placeOf(s: SummarySnapshot): string {
  const top = s.campaign.issuingUnitParentName ?? s.campaign.issuingUnitName;
  const m = top.match(/^(?:Ủy ban nhân dân|UBND)\s+(.+)$/i);
  return m ? m[1] : "……………";
}

function officialDate(iso: string | null): string {
  if (!iso) return "ngày …… tháng …… năm ……";
  const [y, m, d] = vnDayOf(new Date(iso)).split("-");
  return `ngày ${d} tháng ${m} năm ${y}`;
}

function Section({ k, s }: { k: SectionKey; s: SummarySnapshot }) {
  return (
    <section className="mt-3">
      <h3 className="font-bold uppercase">{SECTION_HEADINGS[k]}</h3>
      <Paragraphs text={s.sections[k]} />
    </section>
  );
}

/**
 * The office's consolidated report as an official document (Nghị định 30/2020/NĐ-CP): issuing body
 * and number on the left, national title and motto with place and date on the right, the type and
 * summary, the addressee, the body (sections I–VI with the tables), the signature and recipients;
 * the per-unit table as an appendix. Times New Roman; the only part of the page that prints.
 */
export function SummaryDocument({ s, draft }: { s: SummarySnapshot; draft: boolean }) {
  const what = s.phase === "MIDTERM" ? "sơ kết" : "tổng kết";
  const t = s.fieldTable.total;
  const r = s.reporting;
  const names = (list: { unitName: string }[], max = 60) =>
    list.length > max ? `${list.slice(0, max).map((u) => u.unitName).join("; ")} và ${list.length - max} đơn vị khác (xem phụ lục)` : list.map((u) => u.unitName).join("; ");
  return (
    <article
      className="summary-document rounded-lg border border-slate-300 bg-white p-4 text-[15px] leading-relaxed text-slate-950 sm:p-10 print:rounded-none print:border-0 print:p-0 print:text-[13pt]"
      style={{ fontFamily: '"Times New Roman", Times, serif' }}
      aria-label={`Báo cáo ${what}`}
    >
      {draft && (
        <p className="mb-3 text-center text-sm font-bold tracking-widest text-red-800 uppercase print:text-slate-900" aria-label="Bản dự thảo">
          Dự thảo
        </p>
      )}
      <div className="grid gap-4 text-center sm:grid-cols-[2fr_3fr] print:grid-cols-[2fr_3fr]" data-document-header>
        <div>
          {s.campaign.issuingUnitParentName && <p className="text-[0.95em] uppercase">{s.campaign.issuingUnitParentName}</p>}
          <p className="font-bold uppercase">{s.campaign.issuingUnitName}</p>
          <p className="mx-auto mt-1 w-24 border-t border-slate-900" aria-hidden="true" />
          <p className="mt-2">Số: &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/{reportSymbol(s.campaign.documentNumber)}</p>
        </div>
        <div>
          <p className="font-bold uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p className="mx-auto mt-1 w-44 border-t border-slate-900" aria-hidden="true" />
          <p className="mt-2 italic">
            {placeOf(s)}, {officialDate(s.submission?.submittedAt ?? null)}
          </p>
        </div>
      </div>

      <h2 className="mt-8 text-center text-lg font-bold uppercase">Báo cáo</h2>
      <p className="mx-auto max-w-3xl text-center font-bold">{documentSummary(s.phase, s.campaign.title)}</p>
      <p className="mx-auto mt-1 w-32 border-t border-slate-900" aria-hidden="true" />

      {s.addressee && (
        <p className="mt-4 text-center">
          Kính gửi: <span className="font-semibold">{s.addressee}</span>
        </p>
      )}

      <p className="mt-4 text-justify indent-8">
        Thực hiện Kế hoạch số {s.campaign.documentNumber} ngày {formatCalendarDate(new Date(`${s.campaign.issuedOn}T00:00:00Z`))} của {s.campaign.issuingUnitName}
        {s.parentCampaign ? ` (triển khai Kế hoạch số ${s.parentCampaign.documentNumber} của ${s.parentCampaign.issuingUnitName})` : ""}, {s.campaign.issuingUnitName} báo
        cáo {what} phong trào thi đua như sau:
      </p>

      <Section k="situation" s={s} />
      <section className="mt-3">
        <h3 className="font-bold uppercase">{SECTION_HEADINGS.currentState}</h3>
        <Paragraphs text={s.sections.currentState} />
        <p className="mb-1.5 text-justify indent-8">
          Kết quả thực hiện theo từng lĩnh vực như sau (tổng số đăng ký: {t.registered.toLocaleString("vi-VN")}; đã hoàn thành: {t.completed.toLocaleString("vi-VN")}
          {t.rate === null ? "" : `, đạt ${formatRate(t.rate)}`}; dừng thực hiện: {s.lists.dropped.toLocaleString("vi-VN")}):
        </p>
        <div className="my-3">
          <FieldTableView table={s.fieldTable} variant="document" caption="Bảng 1. Kết quả thực hiện theo lĩnh vực" />
          {s.unitMilestone && <p className="mt-1 text-[0.9em] italic">{completedCutoffNote(s.unitMilestone.dueAt)}</p>}
        </div>
        <p className="mb-1.5 text-justify indent-8">
          Tình hình báo cáo của các đơn vị: {r.reported}/{r.units} đơn vị đã gửi báo cáo {what}
          {s.unitMilestone ? ` (hạn: ${formatDeadline(new Date(s.unitMilestone.dueAt))})` : ""}
          {r.late.length ? `; gửi trễ hạn: ${names(r.late)}` : ""}
          {r.missing.length ? `; chưa gửi: ${names(r.missing)}` : ""}.
        </p>
      </section>
      <Section k="highlights" s={s} />
      <Section k="results" s={s} />
      <section className="mt-3">
        <h3 className="font-bold uppercase">{GENERAL_ASSESSMENT_HEADING}</h3>
        {(["strengths", "limitations", "lessons"] as const).map((k) => (
          <div key={k} className="mt-1">
            <h4 className="font-bold">{SECTION_HEADINGS[k]}</h4>
            <Paragraphs text={s.sections[k]} />
          </div>
        ))}
      </section>
      <Section k="proposals" s={s} />

      <p className="mt-3 text-justify indent-8">
        Trên đây là báo cáo {what} phong trào thi đua của {s.campaign.issuingUnitName}
        {s.addressee ? `, kính gửi ${s.addressee} tổng hợp` : ""}./.
      </p>

      <div className="mt-6 grid gap-6 sm:grid-cols-2 print:grid-cols-2" data-document-signature>
        <div className="order-2 text-[0.85em] sm:order-1 print:order-1">
          <p className="font-bold italic">Nơi nhận:</p>
          <ul>
            {s.addressee && <li>- Như trên;</li>}
            {s.parentCampaign && s.parentCampaign.issuingUnitName !== s.addressee && <li>- {s.parentCampaign.issuingUnitName};</li>}
            <li>- Lãnh đạo {s.campaign.issuingUnitName};</li>
            <li>- Lưu: VT, Bộ phận CCHC.</li>
          </ul>
        </div>
        <div className="order-1 text-center sm:order-2 print:order-2">
          <p className="font-bold uppercase">{s.campaign.signerTitle}</p>
          <p className="mt-16 font-bold">{s.campaign.signerName}</p>
        </div>
      </div>

      <section className="mt-10 break-before-page" aria-label="Phụ lục">
        <h3 className="text-center font-bold uppercase">Phụ lục</h3>
        <p className="mb-2 text-center italic">
          Kết quả thực hiện theo đơn vị (kèm theo Báo cáo {what} của {s.campaign.issuingUnitName})
        </p>
        <UnitTableView rows={s.units} variant="document" caption={`Bảng 2. Kết quả theo đơn vị (${s.units.length} đơn vị)`} />
      </section>

      {s.submission && (
        <p className="mt-4 text-xs text-slate-600 print:hidden">
          Phiên bản {s.submission.versionNo}, gửi lúc {formatDateTimeVN(new Date(s.submission.submittedAt))}
          {s.submission.submittedByName ? ` bởi ${s.submission.submittedByName}` : ""}
          {s.submission.isLate ? " (trễ hạn)" : ""}.
        </p>
      )}
    </article>
  );
}
