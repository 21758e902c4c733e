import type { AppraisalMinutesModel } from "@/lib/appraisal/outcome/document";

/**
 * The appraisal minutes as an official document for the screen and Chromium's print (Nghị định
 * 30/2020/NĐ-CP), from the same model as the .docx: header, title, body, the results table with its
 * header repeated on each printed page and rows never split, the end of the conclusion kept with the
 * signatures. Times New Roman; the only part of the page that prints.
 */
export function AppraisalMinutesDocument({ m }: { m: AppraisalMinutesModel }) {
  const last = m.blocks.length - 1;
  return (
    <article
      className="rounded-lg border border-slate-300 bg-white p-4 text-[15px] leading-relaxed text-slate-950 sm:p-10 print:rounded-none print:border-0 print:p-0 print:text-[13pt]"
      style={{ fontFamily: '"Times New Roman", Times, serif' }}
      aria-label="Biên bản thẩm định mô hình, giải pháp, sáng kiến"
    >
      {m.draft && (
        <p className="mb-3 text-center text-sm font-bold tracking-widest text-red-800 uppercase print:text-slate-900" aria-label="Bản dự thảo">
          Dự thảo
        </p>
      )}
      <div
        className="grid gap-4 text-center sm:grid-cols-[2fr_3fr] print:grid-cols-[37%_63%] print:gap-0"
        data-document-header
      >
        <div>
          {m.parentLines.map((l) => (
            <p key={l} className="text-[0.95em] whitespace-nowrap uppercase print:text-[12pt]">
              {l}
            </p>
          ))}
          {m.bodyLines.map((l) => (
            <p key={l} className="font-bold whitespace-nowrap">
              {l}
            </p>
          ))}
          <p className="mx-auto mt-1 w-24 border-t border-slate-900" aria-hidden="true" />
          <p className="mt-2 whitespace-pre">{m.numberLine}</p>
        </div>
        <div>
          <p className="font-bold whitespace-nowrap uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p className="mx-auto mt-1 w-44 border-t border-slate-900" aria-hidden="true" />
          <p className="mt-2 italic sm:whitespace-nowrap print:whitespace-nowrap">{m.placeDate}</p>
        </div>
      </div>

      <h2 className="mt-8 text-center text-lg font-bold uppercase">{m.title}</h2>
      <p className="mx-auto max-w-3xl text-center font-bold">{m.summary}</p>
      <p className="mx-auto max-w-3xl text-center italic">{m.subtitle}</p>
      <p className="mx-auto mt-2 w-32 border-t border-slate-900" aria-hidden="true" />

      <div className="mt-4">
        {m.blocks.map((b, i) => {
          // The conclusion's last lines, the closing line and the signatures are one block in print.
          if (i >= last - 1) return null;
          if (b.kind === "heading")
            return (
              <h3 key={i} className="mt-3 font-bold break-after-avoid">
                {b.text}
              </h3>
            );
          if (b.kind === "table")
            return (
              <div key={i} className="my-2 overflow-x-auto print:overflow-visible">
                <table className="w-full min-w-[36rem] border-collapse text-[0.9em] print:min-w-0">
                  <thead className="table-header-group">
                    <tr>
                      {["STT", "Hạng", "Nội dung", "Đơn vị", "Tổng điểm", "Kết luận"].map((h) => (
                        <th key={h} scope="col" className="border border-slate-900 px-1.5 py-1 text-center">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {m.table.map((r) => (
                      <tr key={r.no} className="break-inside-avoid align-top">
                        <td className="border border-slate-900 px-1.5 py-1 text-center">{r.no}</td>
                        <td className="border border-slate-900 px-1.5 py-1 text-center">{r.rank}</td>
                        <td className="border border-slate-900 px-1.5 py-1">{r.content}</td>
                        <td className="border border-slate-900 px-1.5 py-1">{r.unitName}</td>
                        <td className="border border-slate-900 px-1.5 py-1 text-center">{r.total}</td>
                        <td className="border border-slate-900 px-1.5 py-1">{r.verdict}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          return <Line key={i} b={b} />;
        })}
        <div className="break-inside-avoid" data-document-signature>
          {m.blocks.slice(Math.max(0, last - 1)).map((b, i) => (b.kind === "table" ? null : <Line key={i} b={b} />))}
          <p className="mb-1.5 text-justify indent-8">{m.closing}</p>
          <div className="mt-6 grid grid-cols-2 gap-6 text-center">
            <div className="flex flex-col">
              <p className="font-bold uppercase">Người ghi biên bản</p>
              <p className="text-[0.85em] italic">(Ký, ghi rõ họ tên)</p>
              <p className="mt-auto pt-16 font-bold">{m.recorderName}</p>
            </div>
            <div className="flex flex-col">
              <p className="font-bold uppercase">Chủ trì</p>
              <p className="text-[0.85em] italic">(Ký, ghi rõ họ tên)</p>
              <p className="mt-auto pt-16 font-bold">{m.chairName}</p>
            </div>
          </div>
        </div>
      </div>
    </article>
  );
}

function Line({ b }: { b: { kind: "heading" | "para" | "item" | "table"; text?: string } }) {
  if (b.kind === "heading") return <h3 className="mt-3 font-bold">{b.text}</h3>;
  // A line introducing a list (ending with ":") stays with the list on the printed page.
  const keep = b.text?.trimEnd().endsWith(":") ? " break-after-avoid" : "";
  return <p className={(b.kind === "item" ? "mb-1 pl-8 text-justify" : "mb-1.5 text-justify indent-8") + keep}>{b.text}</p>;
}
