import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SPREAD_PROGRESS_LABELS, spreadText } from "@/lib/library/labels";
import { unitReplication } from "@/lib/replication/queries";
import { TARGET_STATE_LABELS, TARGET_STATE_TONES } from "@/lib/replication/rules";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { describeTimeLeft, formatDeadline, formatDateVN } from "@/lib/time/vn";

export const metadata = { title: "Nhân rộng mô hình" };

/** The unit's replication: what it was asked to replicate, what it adopts, and where its own models spread. */
export default async function UnitReplicationPage() {
  const user = await requireUser();
  const now = new Date();
  const data = await unitReplication(user, now);
  if (!data) notFound();
  return (
    <>
      <PageHeader
        title="Nhân rộng mô hình"
        breadcrumbs={[{ href: "/unit", label: "Đơn vị của tôi" }]}
        description="Các mô hình đơn vị đăng ký nhân rộng, các mô hình cấp trên giao nhân rộng, và nơi mô hình của đơn vị đã được nhân rộng."
        actions={<LinkButton href="/unit/replication/new">Đăng ký nhân rộng</LinkButton>}
      />
      <section aria-labelledby="assigned-title" className="mb-8">
        <h2 id="assigned-title" className="mb-3 text-lg font-semibold">
          Được giao nhân rộng ({data.targets.length})
        </h2>
        {data.targets.length === 0 ? (
          <p className="text-slate-700">Cấp trên chưa giao nhân rộng mô hình nào cho đơn vị.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {data.targets.map((t) => (
              <li key={t.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="assigned-replication">
                <p className="font-semibold">{t.assignment.model.title}</p>
                <p className="text-sm text-slate-700">
                  {t.assignment.issuingUnit.name} giao cho {t.unit.name}
                  {t.assignment.documentRef ? ` (văn bản ${t.assignment.documentRef})` : ""}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <span>Hạn báo cáo {formatDeadline(t.assignment.dueAt)}</span>
                  <Badge tone={TARGET_STATE_TONES[t.state]}>{TARGET_STATE_LABELS[t.state]}</Badge>
                  {!t.adoption?.reportedAt && <span className="text-slate-700">{describeTimeLeft(t.assignment.dueAt, now)}</span>}
                </p>
                <p className="mt-2 text-sm">
                  {t.adoption ? (
                    <Link className="font-semibold text-brand-700 underline" href={`/unit/replication/${t.adoption.id}`}>
                      Cập nhật, báo cáo kết quả
                    </Link>
                  ) : (
                    <Link className="font-semibold text-brand-700 underline" href={`/unit/replication/new?model=${t.assignment.model.id}`}>
                      Đăng ký nhân rộng
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="adopted-title" className="mb-8">
        <h2 id="adopted-title" className="mb-3 text-lg font-semibold">
          Đơn vị đang nhân rộng ({data.adoptions.length})
        </h2>
        {data.adoptions.length === 0 ? (
          <p className="text-slate-700">Đơn vị chưa đăng ký nhân rộng mô hình nào.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {data.adoptions.map((a) => (
              <li key={a.id} className="rounded-md border border-slate-300 bg-white p-3">
                <Link href={`/unit/replication/${a.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                  {a.model.title}
                </Link>
                <p className="text-sm text-slate-700">
                  Mô hình của {a.model.unit.name} · {a.unit.name} đăng ký ngày {formatDateVN(a.createdAt)}
                  {a.initiative ? ` trong Mẫu 1 kế hoạch số ${a.initiative.campaign.documentNumber}` : ""}
                </p>
                <p className="mt-1 flex flex-wrap gap-2 text-sm">
                  <Badge tone="blue">{SPREAD_PROGRESS_LABELS[a.initiative?.progress ?? a.progress]}</Badge>
                  {a.reportedAt ? <Badge tone="green">Đã báo cáo {formatDateVN(a.reportedAt)}</Badge> : <Badge tone="gray">Chưa báo cáo</Badge>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="own-title">
        <h2 id="own-title" className="mb-3 text-lg font-semibold">
          Mô hình của đơn vị được công nhận ({data.ownModels.length})
        </h2>
        {data.ownModels.length === 0 ? (
          <p className="text-slate-700">Đơn vị chưa có mô hình được công nhận.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {data.ownModels.map((m) => (
              <li key={m.id} className="rounded-md border border-slate-300 bg-white p-3">
                <Link href={`/library/${m.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                  {m.title}
                </Link>
                <p className="text-sm text-slate-700">
                  Công nhận {RECOGNITION_LEVEL_LABELS[m.level]} · {spreadText(m.adoptionCount)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
