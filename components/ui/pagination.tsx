import Link from "@/components/ui/link";

/**
 * Page links that keep the other query parameters (filters) of the list.
 * For one of several paginated lists on the same page, pass `param` (this list's page parameter),
 * `label` (names the list for screen readers) and `anchor` (brings the reader back to the list):
 * such a list shows nothing when it fits on one page.
 */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
  param,
  anchor,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
  param?: string;
  anchor?: string;
  label?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const oneOfSeveral = param !== undefined;
  if (pages <= 1) return oneOfSeveral ? null : <p className="mt-3 text-sm text-slate-700">Tổng số: {total.toLocaleString("vi-VN")}</p>;
  const key = param ?? "page";
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== key) q.set(k, v);
    if (p > 1 || !oneOfSeveral) q.set(key, String(p));
    const s = q.toString();
    return `${basePath}${s ? `?${s}` : ""}${anchor ? `#${anchor}` : ""}`;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={label ? `Phân trang: ${label}` : "Phân trang"} className={`${oneOfSeveral ? "mt-3" : "mt-4"} flex flex-wrap items-center gap-2 text-sm`}>
      <span className="text-slate-700">
        Trang {page}/{pages} · {oneOfSeveral ? `${total.toLocaleString("vi-VN")} mục` : `Tổng số: ${total.toLocaleString("vi-VN")}`}
      </span>
      {page > 1 && (
        <>
          <Link className={link} href={href(1)}>
            « Đầu
          </Link>
          <Link className={link} href={href(page - 1)} rel="prev">
            ‹ Trước
          </Link>
        </>
      )}
      {page < pages && (
        <>
          <Link className={link} href={href(page + 1)} rel="next">
            Sau ›
          </Link>
          <Link className={link} href={href(pages)}>
            Cuối »
          </Link>
        </>
      )}
    </nav>
  );
}

export function parsePage(value: string | string[] | undefined): number {
  const n = Number.parseInt(Array.isArray(value) ? value[0] : (value ?? "1"), 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100_000) : 1;
}
