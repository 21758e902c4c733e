import "server-only";
import clsx from "clsx";
import { headerLayout, MOTTO, NATIONAL_TITLE } from "@/lib/documents/nd30/header-layout";
import type { Nd30Block, OfficialDocument, Signer } from "@/lib/documents/nd30/model";

/**
 * The print view of an official document: the same model as the .docx (lib/documents/nd30), laid
 * out in HTML for Chromium's print — A4 with the decree's margins, the header lines broken where the
 * Word file breaks them, table headers repeated on every page, rows never split, page numbers at the
 * top from page 2, and the last lines of the body kept on the page of the signature.
 */

const SERIF = { fontFamily: '"Times New Roman", "Liberation Serif", Times, serif' };

export function officialPrintCss(orientation: "portrait" | "landscape" = "portrait") {
  return `@media print {
  body header, body footer, body nav { display: none !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  [data-print-hide] { display: none !important; }
  @page { size: A4 ${orientation}; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: "Times New Roman", serif; font-size: 13pt; } }
  @page :first { @top-center { content: none; } }
  .nd30 table { page-break-inside: auto; }
  .nd30 thead { display: table-header-group; }
  .nd30 tr { break-inside: avoid; }
}`;
}

function Block({ b }: { b: Nd30Block }) {
  switch (b.kind) {
    case "heading":
      return <h3 className="mt-3 break-after-avoid font-bold">{b.text}</h3>;
    case "para":
      return (
        <p className={clsx("mb-1.5 text-justify indent-[10mm]", b.italics && "italic", b.bold && "font-bold")}>
          {b.lead && <span className="font-bold">{b.lead} </span>}
          {b.text}
        </p>
      );
    case "item":
      return <p className="mb-1 pl-[10mm] text-justify">- {b.text}</p>;
    case "centered":
      return <p className={clsx("my-2 text-center", b.bold && "font-bold", b.italics && "italic")}>{b.text}</p>;
    case "table": {
      const sum = b.columns.reduce((s, c) => s + c.width, 0);
      const last = b.rows.length - 1;
      return (
        <div className="my-2 overflow-x-auto print:overflow-visible">
          <table className="w-full border-collapse text-[0.85em]">
            <colgroup>
              {b.columns.map((c, i) => (
                <col key={i} style={{ width: `${(100 * c.width) / sum}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {b.columns.map((c) => (
                  <th key={c.title} scope="col" className="border border-slate-800 px-1.5 py-1 text-center font-bold">
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.length === 0 && (
                <tr>
                  <td colSpan={b.columns.length} className="border border-slate-800 px-1.5 py-1 italic">
                    {b.emptyText ?? "Không có nội dung."}
                  </td>
                </tr>
              )}
              {b.rows.map((r, ri) =>
                Array.isArray(r) ? (
                  <tr key={ri} className={clsx("break-inside-avoid align-top", b.boldLastRow && ri === last && "font-bold")}>
                    {b.columns.map((c, i) => (
                      <td key={i} className={clsx("border border-slate-800 px-1.5 py-1 whitespace-pre-line", c.align === "center" && "text-center", c.align === "right" && "text-right")}>
                        {r[i] ?? ""}
                      </td>
                    ))}
                  </tr>
                ) : (
                  <tr key={ri} className="break-after-avoid">
                    <th scope="rowgroup" colSpan={b.columns.length} className="border border-slate-800 px-1.5 py-1 text-left font-bold">
                      {r.group}
                    </th>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      );
    }
  }
}

function SignerView({ s }: { s: Signer }) {
  return (
    <div className="text-center">
      {(s.authority ?? []).map((a) => (
        <p key={a} className="font-bold">
          {a}
        </p>
      ))}
      <p className="font-bold">{s.title}</p>
      {s.note && <p className="text-[0.85em] italic">{s.note}</p>}
      <p className="mt-16 font-bold">{s.name ?? ""}</p>
    </div>
  );
}

function Closing({ blocks, recipients, leftSigner, signer }: { blocks: Nd30Block[]; recipients: string[]; leftSigner?: Signer | null; signer: Signer }) {
  // The body's last two blocks print on the page of the signature.
  const tail = blocks.slice(-2).filter((b) => b.kind !== "table");
  const head = blocks.slice(0, blocks.length - tail.length);
  return (
    <>
      {head.map((b, i) => (
        <Block key={i} b={b} />
      ))}
      <div className="break-inside-avoid">
        {tail.map((b, i) => (
          <Block key={i} b={b} />
        ))}
        <div className="mt-4 grid grid-cols-2 gap-4" data-document-signature>
          {leftSigner ? (
            <SignerView s={leftSigner} />
          ) : (
            <div className="text-[0.8em]">
              {recipients.length > 0 && <p className="font-bold italic">Nơi nhận:</p>}
              {recipients.map((r) => (
                <p key={r}>{r}</p>
              ))}
            </div>
          )}
          <SignerView s={signer} />
        </div>
      </div>
    </>
  );
}

export function OfficialDocumentView({ doc, className }: { doc: OfficialDocument; className?: string }) {
  const landscape = doc.orientation === "landscape";
  const h = headerLayout({ parentBody: doc.parentBody, issuingBody: doc.issuingBody, placeDate: doc.placeDate, textWidthMm: landscape ? 252 : 165 });
  return (
    <article className={clsx("nd30 bg-white text-[13pt] leading-snug text-black", className)} style={SERIF} aria-label={`${doc.title} ${doc.summary.join(" ")}`}>
      <div className="grid text-center" style={{ gridTemplateColumns: `${h.leftMm}fr ${h.rightMm}fr` }} data-document-header>
        <div>
          {h.parent.map((l) => (
            <p key={l.text} className="whitespace-nowrap" style={{ fontSize: `${l.sizePt}pt` }}>
              {l.text}
            </p>
          ))}
          {h.issuer.map((l) => (
            <p key={l.text} className="font-bold whitespace-nowrap" style={{ fontSize: `${l.sizePt}pt` }}>
              {l.text}
            </p>
          ))}
          <p aria-hidden="true" className="mx-auto mt-0.5 w-1/3 border-t border-black" />
          {doc.numberLine && <p className="mt-2 whitespace-pre">{doc.numberLine}</p>}
        </div>
        <div>
          <p className="font-bold whitespace-nowrap" style={{ fontSize: `${h.nationalTitlePt}pt` }}>
            {NATIONAL_TITLE}
          </p>
          <p className="font-bold whitespace-nowrap" style={{ fontSize: `${h.mottoPt}pt` }}>
            {MOTTO}
          </p>
          <p aria-hidden="true" className="mx-auto mt-0.5 w-3/5 border-t border-black" />
          <p className="mt-2 italic whitespace-pre" style={{ fontSize: `${h.placeDatePt}pt` }}>
            {doc.placeDate}
          </p>
        </div>
      </div>
      {doc.draft && <p className="mt-2 text-center text-[0.9em] font-bold">DỰ THẢO</p>}
      <h2 className="mt-6 text-center font-bold">{doc.title}</h2>
      {doc.summary.map((s) => (
        <p key={s} className="text-center font-bold">
          {s}
        </p>
      ))}
      {(doc.subtitle ?? []).map((s) => (
        <p key={s} className="text-center italic">
          {s}
        </p>
      ))}
      <p aria-hidden="true" className="mx-auto mt-1 mb-3 w-1/4 border-t border-black" />
      {doc.authority && <p className="my-2 text-center font-bold uppercase">{doc.authority}</p>}
      {(doc.addressee ?? []).map((a) => (
        <p key={a} className="my-2 text-center">
          {a}
        </p>
      ))}
      <Closing blocks={doc.blocks} recipients={doc.recipients} leftSigner={doc.leftSigner} signer={doc.signer} />
      {doc.annex && (
        <section className="mt-10 break-before-page print:mt-0" aria-label={doc.annex.title.join(" ")}>
          {doc.annex.title.map((t) => (
            <p key={t} className="text-center font-bold">
              {t}
            </p>
          ))}
          {doc.annex.subtitle.map((t) => (
            <p key={t} className="text-center italic">
              {t}
            </p>
          ))}
          <p aria-hidden="true" className="mx-auto mt-1 mb-3 w-1/4 border-t border-black" />
          {doc.annex.signer ? (
            <Closing blocks={doc.annex.blocks} recipients={[]} signer={doc.annex.signer} />
          ) : (
            doc.annex.blocks.map((b, i) => <Block key={i} b={b} />)
          )}
        </section>
      )}
    </article>
  );
}
