import Link from "@/components/ui/link";

/**
 * The unit's pages after registration: progress and results of its initiatives, and the two Mẫu 2
 * reports. `unit` is only a choice among the user's own units; every page re-checks it.
 */
export function AfterRegistrationLinks({ campaignId, unitId }: { campaignId: string; unitId: string }) {
  const q = `?unit=${encodeURIComponent(unitId)}`;
  const links = [
    { href: `/unit/campaigns/${campaignId}/progress${q}`, label: "Tiến độ, kết quả và minh chứng" },
    { href: `/unit/campaigns/${campaignId}/reports/so-ket${q}`, label: "Báo cáo sơ kết (Mẫu 2 + Đề cương)" },
    { href: `/unit/campaigns/${campaignId}/reports/tong-ket${q}`, label: "Báo cáo tổng kết (Mẫu 2 + Đề cương)" },
  ];
  return (
    <nav aria-label="Sau khi đăng ký" className="mb-6 rounded-md border border-slate-300 bg-white p-4 text-sm">
      <h2 className="mb-2 font-semibold text-slate-900">Thực hiện và báo cáo</h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
