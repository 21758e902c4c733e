import Link from "next/link";

/**
 * Page links for one of several paginated lists on the same page: `param` names this list's page
 * number, `params` keeps everything else in the URL (the other lists' pages, filters), `anchor`
 * brings the reader back to the list.
 */
export function ParamPagination({
  page,
  pageSize,
  total,
  basePath,
  param,
  params,
  anchor,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  param: string;
  params: Record<string, string | undefined>;
  anchor?: string;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== param) q.set(k, v);
    if (p > 1) q.set(param, String(p));
    const s = q.toString();
    return `${basePath}${s ? `?${s}` : ""}${anchor ? `#${anchor}` : ""}`;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={`Phân trang: ${label}`} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">
        Trang {page}/{pages} · {total.toLocaleString("vi-VN")} mục
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
