import type { BadgeTone } from "@/components/ui/badge";

// Shared by the server table (its header) and the client row (its cells): a plain module, since a server
// component cannot call a function of a "use client" module.

/**
 * One initiative of the consolidated list as the table shows it: every text already formatted by the
 * server (labels, dates), so that the row travels to the browser as one small object instead of the
 * element tree of its eleven cells (the list renders 50 such rows per request).
 */
export interface InitiativeRowData {
  id: string;
  no: number;
  fieldName: string;
  unitName: string;
  /** "Nguồn: …" of an initiative forwarded from a lower campaign (null: the unit's own). */
  origin: string | null;
  content: string;
  href: string;
  type: string;
  owner: string;
  level: string;
  expected: string;
  note: string | null;
  status: string;
  statusTone: BadgeTone;
}

export interface InitiativeColumn {
  key: string;
  header: string;
  th?: string;
  td?: string;
}

/** The columns in order: the leadership's selection puts "Tiêu biểu" first and drops the field (its heading rows say it). */
export function initiativeColumns(selection: boolean): InitiativeColumn[] {
  const typical: InitiativeColumn = { key: "typical", header: "Tiêu biểu", td: "text-center" };
  return [
    { key: "stt", header: "STT", td: "text-slate-700" },
    ...(selection ? [typical] : [{ key: "field", header: "Lĩnh vực", th: "min-w-44", td: "text-slate-700" }]),
    { key: "unit", header: "Đơn vị", th: "min-w-40" },
    { key: "content", header: "Nội dung đăng ký", th: "min-w-72" },
    { key: "type", header: "Loại", td: "whitespace-nowrap" },
    { key: "owner", header: "Chủ trì/tác giả", th: "min-w-32" },
    { key: "level", header: "Cấp đăng ký", td: "whitespace-nowrap" },
    { key: "expected", header: "Dự kiến hoàn thành", td: "whitespace-nowrap" },
    { key: "note", header: "Ghi chú", th: "min-w-32" },
    { key: "status", header: "Tình trạng" },
    ...(selection ? [] : [typical]),
  ];
}
