import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { spreadText } from "@/lib/library/labels";
import { listPublicModels, PUBLIC_LIBRARY_PAGE_SIZE } from "@/lib/public-site/queries";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { formatCalendarDate } from "@/lib/time/vn";
import { searchTextParam } from "@/lib/text/search-param";

export const metadata = { title: "Mô hình điển hình" };

/** The public library: recognised models their owner unit (or the office) chose to show. */
export default async function PublicLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const q = searchTextParam(typeof sp.q === "string" ? sp.q : undefined);
  const page = parsePage(sp.page);
  const { rows, total } = await listPublicModels(q, page);
  return (
    <>
      <PageHeader title="Mô hình, giải pháp, sáng kiến điển hình" description="Được công nhận bằng quyết định của cấp có thẩm quyền; cơ quan chủ trì công khai để học hỏi, nhân rộng." />
      <form method="get" action="/public/library" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end" role="search">
        <Field id="library-q" label="Tìm theo tên, lĩnh vực, đơn vị (gõ có dấu hoặc không dấu)" className="sm:w-96">
          <Input id="library-q" name="q" type="search" defaultValue={q} maxLength={200} />
        </Field>
        <Button type="submit">Tìm</Button>
      </form>
      {rows.length === 0 ? (
        <p className="text-slate-700">{q ? "Không có mô hình nào khớp với tìm kiếm." : "Chưa có mô hình nào được công khai."}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((m) => (
            <li key={m.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h2 className="font-semibold leading-snug">
                <Link href={`/public/library/${m.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {m.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {m.unit.name} · {m.fieldName}
              </p>
              <p className="mt-1 flex flex-wrap gap-2 text-sm">
                <Badge tone="blue">{INITIATIVE_TYPE_LABELS[m.type]}</Badge>
                <Badge tone="green">{RECOGNITION_LEVEL_LABELS[m.level]}</Badge>
                <span className="text-slate-700">
                  QĐ số {m.decision.number} ngày {formatCalendarDate(m.decision.signedOn)} · {spreadText(m.adoptionCount)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={PUBLIC_LIBRARY_PAGE_SIZE} total={total} basePath="/public/library" params={{ q: q || undefined }} />
    </>
  );
}
