import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PublicityForm } from "@/components/public-ideas/publicity-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { IDEA_PAGE_SIZE, listIdeaQueue } from "@/lib/public-ideas/queries";
import { STATUS_LABELS, SUBMITTER_KIND_LABELS } from "@/lib/public-ideas/rules";
import type { PublicIdeaStatus } from "@/lib/generated/prisma/enums";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Hiến kế của người dân, doanh nghiệp" };

const FILTERS: (PublicIdeaStatus | null)[] = [null, "RECEIVED", "FORWARDED", "ACCEPTED", "DECLINED"];

/** The office's moderation queue of one campaign, with the campaign's public settings above it. */
export default async function IdeaQueuePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const status = FILTERS.find((s) => s === sp.status) ?? null;
  const page = parsePage(sp.page);
  const { campaign, byStatus, total, rows } = await listIdeaQueue(user, id, { status, page });
  const canManage = can(user.roles, "manage:campaign", campaign.issuingUnit);
  const base = `/campaigns/${id}/ideas`;
  return (
    <>
      <PageHeader title="Hiến kế của người dân, doanh nghiệp" description="Tiếp nhận, chuyển đơn vị đánh giá, ghi nhận vào phong trào hoặc trả lời không ghi nhận." />
      <section aria-labelledby="publicity" className="mb-6 rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="publicity" className="mb-2 font-semibold">
          Công khai kế hoạch
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {campaign.isPublic ? (
            <>
              Kế hoạch đang hiển thị tại{" "}
              <Link href={`/public/campaigns/${campaign.id}`} className="text-brand-700 underline">
                trang công khai
              </Link>
              {campaign.acceptsPublicIdeas ? " và nhận hiến kế." : ", không nhận hiến kế."}
              {campaign.status === "DRAFT" ? " (Chỉ hiển thị sau khi ban hành.)" : ""}
            </>
          ) : (
            "Kế hoạch chưa được công khai."
          )}
        </p>
        {canManage && <PublicityForm campaignId={campaign.id} lockVersion={campaign.lockVersion} isPublic={campaign.isPublic} acceptsPublicIdeas={campaign.acceptsPublicIdeas} />}
      </section>

      <nav aria-label="Lọc theo tình trạng" className="mb-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          {FILTERS.map((s) => {
            const n = s ? (byStatus[s] ?? 0) : Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);
            const active = s === status;
            return (
              <li key={s ?? "all"}>
                <Link
                  href={s ? `${base}?status=${s}` : base}
                  aria-current={active ? "page" : undefined}
                  className={active ? "block rounded-md bg-brand-700 px-3 py-2 text-white" : "block rounded-md bg-white px-3 py-2 text-brand-700 ring-1 ring-slate-300"}
                >
                  {s ? STATUS_LABELS[s] : "Tất cả"} ({n.toLocaleString("vi-VN")})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="text-slate-700">Không có hiến kế nào.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h3 className="font-semibold">
                <Link href={`${base}/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {r.title}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700">
                {r.submitterName} ({SUBMITTER_KIND_LABELS[r.submitterKind]}) · {formatDateTimeVN(r.createdAt)}
                {r.field ? ` · ${r.field.name}` : ""}
                {r._count.attachments ? ` · ${r._count.attachments} tệp` : ""}
              </p>
              <p className="mt-2 flex flex-wrap gap-2">
                <Badge tone={r.status === "ACCEPTED" ? "green" : r.status === "DECLINED" ? "gray" : "blue"}>{STATUS_LABELS[r.status]}</Badge>
                {r.email && !r.emailConfirmedAt && <Badge tone="amber">Chưa xác nhận thư điện tử</Badge>}
                {!r.email && <Badge tone="amber">Chỉ có số điện thoại</Badge>}
                {r.forwardedUnit && <Badge tone="violet">{r.unitAssessedAt ? `${r.forwardedUnit.name}: ${r.unitRecommendsAccept ? "đề xuất ghi nhận" : "đề xuất không ghi nhận"}` : `Chờ ${r.forwardedUnit.name} đánh giá`}</Badge>}
                {r.duplicates.length > 0 && <Badge tone="red">Có thể trùng: {r.duplicates.length}</Badge>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 && total > 0 ? (
        <Alert tone="info" className="mt-3">
          Trang này không còn hiến kế; hãy quay lại trang đầu.
        </Alert>
      ) : null}
      <Pagination page={page} pageSize={IDEA_PAGE_SIZE} total={total} basePath={base} params={{ status: status ?? undefined }} />
    </>
  );
}
