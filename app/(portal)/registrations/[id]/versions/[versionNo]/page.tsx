import Link from "@/components/ui/link";
import { orNotFound } from "@/components/registrations/not-found";
import { RegistrationTable } from "@/components/registrations/registration-table";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getRegistrationVersion } from "@/lib/registrations/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Phiên bản đã nộp" };

export default async function RegistrationVersionPage({ params }: { params: Promise<{ id: string; versionNo: string }> }) {
  const [{ id, versionNo }, user] = await Promise.all([params, requireUser()]);
  const n = /^\d{1,6}$/.test(versionNo) ? Number(versionNo) : NaN;
  const v = await orNotFound(getRegistrationVersion(user, id, n));
  const who = v.snapshot.ownerName ? `đăng ký cá nhân của ${v.snapshot.ownerName} (${v.snapshot.unitName})` : `Mẫu 1 của ${v.snapshot.unitName}`;
  return (
    <>
      <PageHeader
        title={`Phiên bản ${v.version.versionNo} – ${who}`}
        breadcrumbs={[{ href: `/registrations/${id}`, label: "Đăng ký" }]}
        description={
          <>
            <p>
              Kế hoạch số <span className="font-semibold">{v.campaign.documentNumber}</span>: {v.campaign.title}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              Nộp lúc {formatDateTimeVN(v.version.submittedAt)} · {v.version.submittedByName}
              {v.version.isLate ? <Badge tone="amber">Trễ hạn</Badge> : <Badge tone="green">Đúng hạn</Badge>}
            </p>
          </>
        }
      />
      <p className="mb-3 text-sm text-slate-700">
        Nội dung được lưu nguyên như lúc nộp; các chỉnh sửa sau đó không làm thay đổi phiên bản này.
        {v.registration.submittedVersion > 1 && <> Đăng ký có {v.registration.submittedVersion} phiên bản.</>}
      </p>
      <RegistrationTable fields={v.fields} rows={v.snapshot.rows} caption={`Phiên bản ${v.version.versionNo}`} />
      <p className="mt-4 text-sm text-slate-800">
        <span className="font-semibold">Xác nhận của trưởng đơn vị:</span> {v.version.submittedByName}, lúc {formatDateTimeVN(v.version.submittedAt)}.
      </p>
      <p className="mt-4 text-sm">
        <Link href={`/registrations/${id}`} className="text-brand-700 underline underline-offset-2">
          ← Về đăng ký và các phiên bản khác
        </Link>
      </p>
    </>
  );
}
