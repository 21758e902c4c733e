import { bodyLines, isHeadingLine, type MinutesDocumentModel } from "@/lib/council/minutes/document";

/**
 * The council's minutes as an official document (Nghị định 30/2020/NĐ-CP): the organisation and its
 * council on the left, national title and motto with place and date on the right, "BIÊN BẢN" and the
 * meeting, the body as the secretary wrote it, the secretary's and the chair's signatures. Times New
 * Roman; the only part of the page that prints.
 */
export function MinutesDocument({ m }: { m: MinutesDocumentModel }) {
  return (
    <article
      className="minutes-document rounded-lg border border-slate-300 bg-white p-4 text-[15px] leading-relaxed text-slate-950 sm:p-10 print:rounded-none print:border-0 print:p-0 print:text-[13pt]"
      style={{ fontFamily: '"Times New Roman", Times, serif' }}
      aria-label="Biên bản họp Hội đồng Thi đua - Khen thưởng"
    >
      {m.draft && (
        <p className="mb-3 text-center text-sm font-bold tracking-widest text-red-800 uppercase print:text-slate-900" aria-label="Bản dự thảo">
          Dự thảo
        </p>
      )}
      <div className="grid gap-4 text-center sm:grid-cols-[2fr_3fr] print:grid-cols-[2fr_3fr]" data-document-header>
        <div>
          <p className="text-[0.95em] uppercase">{m.organisationName}</p>
          <p className="font-bold uppercase">Hội đồng Thi đua - Khen thưởng</p>
          <p className="mx-auto mt-1 w-24 border-t border-slate-900" aria-hidden="true" />
        </div>
        <div>
          <p className="font-bold uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p className="mx-auto mt-1 w-44 border-t border-slate-900" aria-hidden="true" />
          <p className="mt-2 italic">
            {m.place}, {m.dateLine}
          </p>
        </div>
      </div>

      <h2 className="mt-8 text-center text-lg font-bold uppercase">Biên bản</h2>
      <p className="mx-auto max-w-3xl text-center font-bold">{m.heading}</p>
      <p className="mx-auto max-w-3xl text-center italic">{m.sessionTitle}</p>
      <p className="mx-auto mt-2 w-32 border-t border-slate-900" aria-hidden="true" />

      <div className="mt-4" data-minutes-body>
        {bodyLines(m.body).map((line, i) =>
          isHeadingLine(line) ? (
            <h3 key={i} className="mt-3 font-bold">
              {line.trim()}
            </h3>
          ) : (
            <p key={i} className={/^\s*[-–•]/.test(line) ? "mb-1 pl-4 text-justify" : "mb-1.5 text-justify indent-8"}>
              {line.trim()}
            </p>
          ),
        )}
      </div>

      <div className="mt-8 grid grid-cols-2 gap-6 text-center" data-document-signature>
        <div className="flex flex-col">
          <p className="font-bold uppercase">Thư ký</p>
          <p className="text-[0.85em] italic">(Ký, ghi rõ họ tên)</p>
          <p className="mt-auto pt-16 font-bold">{m.secretaryName ?? ""}</p>
        </div>
        <div className="flex flex-col">
          <p className="font-bold uppercase">Chủ tịch Hội đồng</p>
          <p className="text-[0.85em] italic">(Ký, ghi rõ họ tên)</p>
          <p className="mt-auto pt-16 font-bold">{m.chairName ?? ""}</p>
        </div>
      </div>
    </article>
  );
}
