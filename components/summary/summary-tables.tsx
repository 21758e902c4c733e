import clsx from "clsx";
import type { SubmissionStatus, UnitStatus } from "@/lib/generated/prisma/enums";
import { formatRate, type FieldTable } from "@/lib/summary/rules";
import { formatDateTimeVN } from "@/lib/time/vn";
import { DocumentUnitRows, UnitTableRows } from "./summary-unit-rows";

const n = (x: number) => x.toLocaleString("vi-VN");

/** A shorter column heading on a phone (the document always prints the full one). */
function Short({ doc, short, long }: { doc: boolean; short: string; long: string }) {
  if (doc) return <>{long}</>;
  return (
    <>
      <span className="sm:hidden" aria-hidden="true">
        {short}
      </span>
      <span className="sr-only sm:not-sr-only">{long}</span>
    </>
  );
}

function TotalRow({ table, td, num, doc }: { table: FieldTable; td: string; num: string; doc: boolean }) {
  return (
    <tr className={doc ? "break-inside-avoid font-bold" : "border-t-2 border-slate-300 bg-slate-50 font-semibold"}>
      <td className={td} />
      <th scope="row" className={clsx(td, "text-left")}>
        Tổng cộng
      </th>
      <td className={num}>{n(table.total.registered)}</td>
      <td className={num}>{n(table.total.completed)}</td>
      <td className={num}>{formatRate(table.total.rate)}</td>
    </tr>
  );
}

/** Per reform field: registered, completed, rate, and the totals row (screen or official document). */
export function FieldTableView({ table, variant = "screen", caption }: { table: FieldTable; variant?: "screen" | "document"; caption: string }) {
  const doc = variant === "document";
  const th = doc ? "border border-slate-700 px-2 py-1 text-center font-bold" : "px-2 py-2 text-left font-semibold sm:px-3";
  const td = doc ? "border border-slate-700 px-2 py-1" : "px-2 py-2 sm:px-3";
  const num = doc ? `${td} text-center whitespace-nowrap` : `${td} text-right tabular-nums whitespace-nowrap`;
  return (
    <div className={clsx(!doc && "overflow-x-auto rounded-lg border border-slate-200 bg-white", doc && "overflow-x-auto print:overflow-visible")}>
      <table className={clsx("w-full border-collapse", doc ? "text-[0.95em]" : "text-sm")} data-summary-field-table>
        <caption className={doc ? "mb-1 text-left font-bold italic" : "sr-only"}>{caption}</caption>
        <thead className={doc ? undefined : "bg-slate-50 text-slate-700"}>
          <tr>
            <th scope="col" className={clsx(th, "w-12")}>
              STT
            </th>
            <th scope="col" className={th}>
              Lĩnh vực
            </th>
            <th scope="col" className={clsx(th, !doc && "text-right")}>
              <Short doc={doc} short="Đăng ký" long="Số lượng đăng ký" />
            </th>
            <th scope="col" className={clsx(th, !doc && "text-right")}>
              <Short doc={doc} short="Hoàn thành" long="Số lượng hoàn thành" />
            </th>
            <th scope="col" className={clsx(th, !doc && "text-right")}>
              <Short doc={doc} short="Tỷ lệ" long="Tỷ lệ hoàn thành" />
            </th>
          </tr>
        </thead>
        <tbody>
          {/* In print a <tfoot> repeats at the foot of every page, putting "Tổng cộng" in the middle of a
              table that breaks: the document keeps the total as its last row. */}
          {table.rows.map((r) => (
            <tr key={r.fieldId} className={doc ? "break-inside-avoid" : "border-t border-slate-200"}>
              <td className={clsx(td, "text-center")}>{r.no}</td>
              <td className={td}>
                {r.name}
                {!doc && r.overrides > 0 && (
                  <span className="mt-0.5 block text-xs text-slate-600">
                    {r.overrides} đơn vị điều chỉnh số lượng hoàn thành (có ghi chú trong Mẫu 2)
                  </span>
                )}
              </td>
              <td className={num}>{n(r.registered)}</td>
              <td className={num}>{n(r.completed)}</td>
              <td className={num}>{formatRate(r.rate)}</td>
            </tr>
          ))}
          {doc && <TotalRow table={table} td={td} num={num} doc />}
        </tbody>
        {!doc && (
          <tfoot>
            <TotalRow table={table} td={td} num={num} doc={false} />
          </tfoot>
        )}
      </table>
    </div>
  );
}

export interface UnitTableRow {
  unitId: string;
  unitName: string;
  unitStatus: UnitStatus;
  registered: number;
  completed: number;
  rate: number | null;
  overrides: number;
  reportStatus: SubmissionStatus | null;
  reported: boolean;
  isLate: boolean;
  firstSubmittedAt: Date | string | null;
}

/** What both the screen's and the document's rows show of a unit, formatted in Vietnamese. */
function rowTexts(r: UnitTableRow, no: number) {
  return { unitId: r.unitId, no, unitName: r.unitName, closed: r.unitStatus === "CLOSED", registered: n(r.registered), completed: n(r.completed), rate: formatRate(r.rate) };
}

/** Per unit: its sums and its report of the phase (one page of units, or every unit in the document). */
export function UnitTableView({ rows, firstIndex = 0, variant = "screen", caption }: { rows: readonly UnitTableRow[]; firstIndex?: number; variant?: "screen" | "document"; caption: string }) {
  const doc = variant === "document";
  const th = doc ? "border border-slate-700 px-2 py-1 text-center font-bold" : "px-2 py-2 text-left font-semibold sm:px-3";
  return (
    <div className={clsx(!doc && "overflow-x-auto rounded-lg border border-slate-200 bg-white", doc && "overflow-x-auto print:overflow-visible")}>
      <table className={clsx("w-full border-collapse", doc ? "text-[0.95em]" : "text-sm")} data-summary-unit-table>
        <caption className={doc ? "mb-1 text-left font-bold italic" : "sr-only"}>{caption}</caption>
        <thead className={doc ? undefined : "bg-slate-50 text-slate-700"}>
          <tr>
            <th scope="col" className={clsx(th, "w-12")}>
              STT
            </th>
            <th scope="col" className={th}>
              Đơn vị
            </th>
            <th scope="col" className={clsx(th, !doc && "text-right")}>
              Đăng ký
            </th>
            <th scope="col" className={clsx(th, !doc && "text-right")}>
              Hoàn thành
            </th>
            <th scope="col" className={clsx(th, !doc && "text-right")}>
              Tỷ lệ
            </th>
            <th scope="col" className={clsx(th, !doc && "hidden sm:table-cell")}>
              Báo cáo của đơn vị
            </th>
          </tr>
        </thead>
        <tbody>
          {/* Client rows given their texts (./summary-unit-rows): the element tree does not travel twice. */}
          {doc ? (
            <DocumentUnitRows
              rows={rows.map((r, i) => ({
                ...rowTexts(r, firstIndex + i + 1),
                report: r.reported ? `${r.isLate ? "Nộp trễ hạn" : "Đã nộp"}${r.firstSubmittedAt ? ` (${formatDateTimeVN(new Date(r.firstSubmittedAt))})` : ""}` : "Chưa nộp",
              }))}
            />
          ) : (
            <UnitTableRows
              rows={rows.map((r, i) => ({
                ...rowTexts(r, firstIndex + i + 1),
                overrides: r.overrides,
                reported: r.reported,
                isLate: r.isLate,
                reportStatus: r.reportStatus,
                firstSubmitted: r.firstSubmittedAt ? formatDateTimeVN(new Date(r.firstSubmittedAt)) : null,
              }))}
            />
          )}
        </tbody>
      </table>
    </div>
  );
}
