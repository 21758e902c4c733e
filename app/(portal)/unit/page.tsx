import Link from "@/components/ui/link";
import { FormStatusBadge } from "@/components/registrations/status-badge";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getUnitHome } from "@/lib/registrations/queries";
import { matrixStatusOf, SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { UnitMilestoneRow } from "@/components/unit-home/milestone-row";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Đơn vị của tôi" };

export default async function UnitHomePage() {
  const user = await requireUser();
  const now = new Date();
  const home = await getUnitHome(user, now);
  const several = home.units.length > 1;

  if (home.units.length === 0) {
    return (
      <>
        <PageHeader title="Đơn vị của tôi" />
        <p className="text-slate-700">Tài khoản của bạn chưa được giao vai trò trưởng đơn vị hoặc cán bộ đơn vị. Vui lòng liên hệ quản trị hệ thống.</p>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Đơn vị của tôi"
        description="Các việc đơn vị cần thực hiện theo kế hoạch thi đua cải cách hành chính đang triển khai."
        actions={
          <>
            <LinkButton href="/unit/surveys" variant="secondary">
              Khảo sát tại đơn vị
            </LinkButton>
            <LinkButton href="/unit/replication" variant="secondary">
              Nhân rộng mô hình
            </LinkButton>
          </>
        }
      />

      {home.awaiting.length > 0 && (
        <section aria-labelledby="awaiting-title" className="mb-8 rounded-md border border-blue-300 bg-blue-50 p-4">
          <h2 id="awaiting-title" className="mb-2 text-lg font-semibold">
            Đăng ký cá nhân chờ bạn xác nhận ({home.awaiting.length})
          </h2>
          <ul className="flex flex-col gap-2">
            {home.awaiting.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm">
                <span>
                  <span className="font-semibold">{r.ownerUser?.fullName}</span> · {r._count.initiatives} nội dung · Kế hoạch {r.campaign.documentNumber}
                  {several && <> · {r.unit.name}</>} · gửi lúc {formatDateTimeVN(r.updatedAt)}
                </span>
                <LinkButton href={`/registrations/${r.id}`} variant="secondary">
                  Xem và xác nhận
                </LinkButton>
              </li>
            ))}
          </ul>
        </section>
      )}

      {home.units.map((u) => (
        <section key={u.unitId} aria-labelledby={`unit-${u.unitId}`} className="mb-8">
          <h2 id={`unit-${u.unitId}`} className="mb-3 text-lg font-semibold">
            {u.unitName}
          </h2>
          <p className="-mt-2 mb-3 text-sm">
            <Link href={`/units/${u.unitId}/record`} className="text-brand-700 underline underline-offset-2">
              Hồ sơ thi đua của đơn vị
            </Link>
            {" · "}
            <Link href={`/unit/awards?unit=${u.unitId}`} className="text-brand-700 underline underline-offset-2">
              Khen thưởng của đơn vị
            </Link>
          </p>
          {u.campaigns.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
              Đơn vị chưa tham gia kế hoạch thi đua nào đang triển khai. Khi Bộ phận CCHC ban hành kế hoạch có đơn vị tham gia, kế hoạch sẽ hiện ở đây.
            </p>
          ) : (
            <ul className="flex flex-col gap-4">
              {u.campaigns.map((c) => {
                const q = `?unit=${u.unitId}`;
                return (
                  <li key={c.id} className="rounded-md border border-slate-300 bg-white p-4" data-campaign={c.documentNumber}>
                    <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                      <div className="min-w-0">
                        <p className="text-sm text-slate-600">
                          Kế hoạch số {c.documentNumber} · {c.issuingUnitName}
                        </p>
                        <h3 className="font-semibold text-slate-900">{c.title}</h3>
                      </div>
                      <div className="flex shrink-0 items-center gap-2 text-sm">
                        <span className="text-slate-700">Mẫu 1:</span>
                        <FormStatusBadge status={c.formStatus} />
                      </div>
                    </div>
                    {c.registration?.status === "RETURNED" && c.registration.returnComment && (
                      <p className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-950">
                        <span className="font-semibold">Ý kiến của Bộ phận CCHC:</span> {c.registration.returnComment}
                      </p>
                    )}
                    {c.milestones.length > 0 && (
                      <div className="mt-3">
                        <h4 className="text-sm font-medium text-slate-700">Việc trưởng đơn vị cần nộp</h4>
                        <ul className="mt-1 divide-y divide-slate-100">
                          {c.milestones.map((m) => (
                            <UnitMilestoneRow key={m.id} m={m} now={now} campaignNumber={c.documentNumber} />
                          ))}
                        </ul>
                      </div>
                    )}
                    <div className="mt-3 flex flex-wrap gap-2">
                      <LinkButton href={`/unit/campaigns/${c.id}${q}`} aria-label={`Mở Mẫu 1 của ${u.unitName} theo kế hoạch ${c.documentNumber}`}>
                        Mở Mẫu 1
                      </LinkButton>
                      <LinkButton href={`/unit/campaigns/${c.id}/individual${q}`} variant="secondary" aria-label={`Đăng ký cá nhân theo kế hoạch ${c.documentNumber}`}>
                        Đăng ký cá nhân
                      </LinkButton>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}

      <section aria-labelledby="individual-title" className="mb-8">
        <h2 id="individual-title" className="mb-3 text-lg font-semibold">
          Đăng ký cá nhân của tôi
        </h2>
        {home.individual.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
            Bạn chưa có đăng ký cá nhân nào. Chọn “Đăng ký cá nhân” ở một kế hoạch bên trên để đăng ký mô hình, giải pháp, sáng kiến của mình.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {home.individual.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                <span className="min-w-0">
                  Kế hoạch {r.campaign.documentNumber} · {r._count.initiatives} nội dung ·{" "}
                  {r.status === "AWAITING_CONFIRMATION" ? (
                    <Badge tone="blue">{SUBMISSION_STATUS_LABELS.AWAITING_CONFIRMATION}</Badge>
                  ) : (
                    <FormStatusBadge status={matrixStatusOf(r)} />
                  )}
                </span>
                <Link href={`/unit/campaigns/${r.campaign.id}/individual?unit=${r.unitId}`} className="font-medium text-brand-700 underline underline-offset-2">
                  Mở đăng ký
                  <span className="sr-only"> cá nhân theo kế hoạch {r.campaign.documentNumber}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
