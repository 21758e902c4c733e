import Link from "next/link";

/** Page links that keep the other query parameters (filters) of the list. */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return <p className="mt-3 text-sm text-slate-700">Tổng số: {total.toLocaleString("vi-VN")}</p>;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("page", String(p));
    return `${basePath}?${q.toString()}`;
  };
  const link = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label="Phân trang" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">
        Trang {page}/{pages} · Tổng số: {total.toLocaleString("vi-VN")}
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
