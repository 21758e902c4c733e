import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import type { ReportSnapshot, SnapshotFile } from "@/lib/reports/snapshot";
import { formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";

const SERIF = { fontFamily: '"Times New Roman", Times, serif' };

/** "ngày 01 tháng 6 năm 2022" (Vietnam time) of an ISO instant. */
function longDate(iso: string | null): string {
  if (!iso) return "ngày …… tháng …… năm ……";
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "numeric", year: "numeric" }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `ngày ${get("day")} tháng ${get("month")} năm ${get("year")}`;
}

const PHASE_TITLES = {
  MIDTERM: "BÁO CÁO TIẾN ĐỘ THỰC HIỆN GIẢI PHÁP, MÔ HÌNH, SÁNG KIẾN CẢI CÁCH HÀNH CHÍNH ĐÃ ĐĂNG KÝ",
  FINAL: "BÁO CÁO KẾT QUẢ HOÀN THÀNH GIẢI PHÁP, MÔ HÌNH, SÁNG KIẾN CẢI CÁCH HÀNH CHÍNH ĐÃ ĐĂNG KÝ",
} as const;

const PHASE_SUBTITLES = { MIDTERM: "(Sơ kết)", FINAL: "(Tổng kết)" } as const;

function Paragraphs({ text, empty = "(Chưa có nội dung)" }: { text: string; empty?: string }) {
  if (!text.trim()) return <p className="italic text-slate-600">{empty}</p>;
  return <div className="whitespace-pre-line text-justify">{text}</div>;
}

/** The generated summary starts with the initiative's content, which the part's heading already shows. */
function withoutFirstLine(text: string, line: string): string {
  const [first, ...rest] = text.split("\n");
  return first.trim() === line ? rest.join("\n") : text;
}

function FileList({ files, label }: { files: SnapshotFile[]; label: string }) {
  if (files.length === 0) return null;
  return (
    <div className="mt-1 text-sm">
      <span className="font-semibold">{label}:</span>{" "}
      {files.map((f, i) => (
        <span key={f.id}>
          {i > 0 && "; "}
          <a href={`/api/evidence/${f.id}`} className="text-brand-700 underline underline-offset-2 print:text-inherit print:no-underline">
            {f.fileName}
          </a>
        </span>
      ))}
    </div>
  );
}

/** The heading block of a state document (Nghị định 30/2020/NĐ-CP): issuing body, national title and motto, place and date. */
function DocumentHead({ snapshot, form }: { snapshot: ReportSnapshot; form: string }) {
  return (
    <>
      <p className="text-right text-sm font-bold">{form}</p>
      <div className="mt-2 grid grid-cols-1 gap-3 text-center text-sm sm:grid-cols-[2fr_3fr]">
        <div>
          <p className="uppercase">{snapshot.campaign.issuingUnitName}</p>
          <p className="font-bold uppercase">{snapshot.unit.name}</p>
          <p aria-hidden="true" className="mx-auto mt-0.5 w-24 border-t border-slate-900" />
        </div>
        <div>
          <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p aria-hidden="true" className="mx-auto mt-0.5 w-40 border-t border-slate-900" />
          <p className="mt-2 italic">……………, {longDate(snapshot.confirmedBy?.at ?? null)}</p>
        </div>
      </div>
    </>
  );
}

/**
 * A unit's Mẫu 2 and Đề cương as a state document (Times New Roman in print): the Mẫu 2 table per
 * reform field with the head's confirmation, then the outline I–V with one part per initiative and
 * its figures and evidence. Renders a frozen version or a live preview (same shape).
 */
export function ReportDocument({ snapshot, caption }: { snapshot: ReportSnapshot; caption?: string }) {
  const s = snapshot;
  const plan = `(Ban hành kèm theo Kế hoạch số ${s.campaign.documentNumber} ngày ${formatCalendarDate(new Date(`${s.campaign.issuedOn}T00:00:00Z`))} của ${s.campaign.issuingUnitName})`;
  const confirmation = s.confirmedBy ? (
    <p className="mt-1">
      {s.confirmedBy.name}
      <span className="block text-xs italic">(đã xác nhận trên cổng lúc {formatDateTimeVN(new Date(s.confirmedBy.at))})</span>
    </p>
  ) : (
    <p className="mt-1 italic text-slate-600">(chưa xác nhận)</p>
  );

  return (
    <article
      className="report-document rounded-lg border border-slate-300 bg-white p-4 text-[15px] leading-relaxed text-slate-950 sm:p-8 print:border-0 print:p-0 print:text-[13pt]"
      style={SERIF}
      aria-label={caption ?? `Mẫu 2 và Đề cương của ${s.unit.name}`}
      data-report-document
    >
      {/* ------------------------------------------------------------ Mẫu 2 */}
      <DocumentHead snapshot={s} form="Mẫu 2" />
      <h2 className="mt-6 text-center text-base font-bold sm:text-lg">{PHASE_TITLES[s.phase]}</h2>
      <p className="text-center font-bold">{PHASE_SUBTITLES[s.phase]}</p>
      <p className="mt-1 text-center text-sm italic">{plan}</p>

      <div className="mt-4 overflow-x-auto print:overflow-visible">
        <table className="min-w-full border-collapse text-sm" data-mau-2>
          <caption className="sr-only">Mẫu 2: số lượng đăng ký và hoàn thành theo lĩnh vực</caption>
          <thead>
            <tr>
              {["Lĩnh vực", "Số lượng đăng ký", "Số lượng hoàn thành", "Ghi chú"].map((h) => (
                <th key={h} scope="col" className="border border-slate-600 px-2 py-1.5 text-center font-bold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.table.map((r, i) => (
              <tr key={r.fieldId} className="break-inside-avoid align-top">
                <th scope="row" className="border border-slate-600 px-2 py-1.5 text-left font-normal">
                  {i + 1}. {r.fieldName}
                </th>
                <td className="border border-slate-600 px-2 py-1.5 text-center">{r.registered}</td>
                <td className="border border-slate-600 px-2 py-1.5 text-center">{r.completed}</td>
                <td className="border border-slate-600 px-2 py-1.5">
                  {r.note}
                  {r.completedOverride !== null && (
                    <span className="block text-xs italic">
                      Số lượng hoàn thành do đơn vị điều chỉnh (theo tiến độ: {r.computedCompleted}){r.overrideNote ? `: ${r.overrideNote}` : ""}
                    </span>
                  )}
                </td>
              </tr>
            ))}
            <tr className="font-bold">
              <th scope="row" className="border border-slate-600 px-2 py-1.5 text-left">
                Tổng cộng
              </th>
              <td className="border border-slate-600 px-2 py-1.5 text-center">{s.totals.registered}</td>
              <td className="border border-slate-600 px-2 py-1.5 text-center">{s.totals.completed}</td>
              <td className="border border-slate-600 px-2 py-1.5" />
            </tr>
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex justify-end">
        <div className="w-full max-w-xs text-center">
          <p className="font-bold">XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ</p>
          {confirmation}
        </div>
      </div>

      {/* ------------------------------------------------------------ Đề cương */}
      <div className="mt-10 break-before-page print:mt-0">
        <p className="text-right text-sm font-bold">Đề cương</p>
        <h2 className="mt-4 text-center text-base font-bold sm:text-lg">KẾT QUẢ TRIỂN KHAI ÁP DỤNG MÔ HÌNH, GIẢI PHÁP TRÊN ĐỊA BÀN/CƠ QUAN/ĐƠN VỊ</h2>
        <p className="text-center text-sm italic">{plan}</p>
        <p className="mt-1 text-center">
          Đơn vị: <span className="font-bold">{s.unit.name}</span>
        </p>

        <h3 className="mt-6 font-bold">I. ĐẶC ĐIỂM TÌNH HÌNH</h3>
        <Paragraphs text={s.sections.situation} />
        <h3 className="mt-4 font-bold">II. THỰC TRẠNG TẠI ĐỊA PHƯƠNG/CƠ QUAN, ĐƠN VỊ</h3>
        <Paragraphs text={s.sections.currentState} />

        <h3 className="mt-4 font-bold">III. TÓM TẮT VỀ MÔ HÌNH, GIẢI PHÁP</h3>
        {s.parts.length === 0 && <p className="italic text-slate-600">(Đơn vị không có mô hình, giải pháp đã đăng ký được tiếp nhận.)</p>}
        {s.parts.map((p, i) => (
          <section key={p.initiativeId} className="mt-2 break-inside-avoid" aria-label={`Mô hình, giải pháp ${i + 1}`}>
            <h4 className="font-bold italic">
              {i + 1}. {INITIATIVE_TYPE_LABELS[p.type] ?? "Mô hình, giải pháp"}: {p.content}
            </h4>
            <p className="text-sm">Lĩnh vực: {p.fieldName}</p>
            <Paragraphs text={withoutFirstLine(p.summary, `Nội dung: ${p.content.trim()}`)} />
          </section>
        ))}

        <h3 className="mt-4 font-bold">IV. KẾT QUẢ ĐẠT ĐƯỢC SAU KHI ÁP DỤNG MÔ HÌNH, GIẢI PHÁP</h3>
        {s.parts.length === 0 && <p className="italic text-slate-600">(Không có.)</p>}
        {s.parts.map((p, i) => (
          <section key={p.initiativeId} className="mt-2 break-inside-avoid" aria-label={`Kết quả của mô hình, giải pháp ${i + 1}`}>
            <h4 className="font-bold italic">
              {i + 1}. {p.content}
            </h4>
            {!p.results.trimStart().startsWith("Tiến độ:") && (
              <p className="text-sm">
                Tiến độ: {PROGRESS_LABELS[p.progress]}
                {p.completedOn ? ` (hoàn thành ngày ${formatCalendarDate(new Date(`${p.completedOn}T00:00:00Z`))})` : ""}
              </p>
            )}
            <Paragraphs text={p.results} />
            <FileList files={p.evidence} label="Minh chứng" />
          </section>
        ))}

        <h3 className="mt-4 font-bold">V. ĐÁNH GIÁ CHUNG</h3>
        <h4 className="mt-1 font-bold italic">1. Ưu điểm</h4>
        <Paragraphs text={s.sections.strengths} />
        <h4 className="mt-1 font-bold italic">2. Hạn chế</h4>
        <Paragraphs text={s.sections.limitations} />
        <h4 className="mt-1 font-bold italic">3. Bài học kinh nghiệm</h4>
        <Paragraphs text={s.sections.lessons} />

        <FileList files={s.evidence} label="Tài liệu đính kèm báo cáo" />

        <div className="mt-6 flex justify-end">
          <div className="w-full max-w-xs text-center">
            <p className="font-bold">XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ</p>
            {confirmation}
          </div>
        </div>
      </div>
    </article>
  );
}

/** Print only the document: the portal's header, menus and the page's other parts are hidden. */
export const REPORT_PRINT_CSS = `@media print {
  body header, body footer, body nav { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  [data-print-hide] { display: none !important; }
  @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
}`;
