import Link from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { listPublicAwards } from "@/lib/public-site/queries";
import { formatCalendarDate } from "@/lib/time/vn";

export const metadata = { title: "Kết quả khen thưởng" };

const TYPE: Record<string, string> = { COLLECTIVE: "Tập thể", INDIVIDUAL: "Cá nhân", CITIZEN: "Người dân" };

/** Decided awards of public campaigns: each decision with its number, date, signer and awardees (nothing before it is decided). */
export default async function PublicAwardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const page = parsePage(sp.page);
  const { rows, total, pageSize } = await listPublicAwards(page);
  return (
    <>
      <PageHeader title="Kết quả khen thưởng" description="Các quyết định khen thưởng trong phong trào thi đua cải cách hành chính đã được ký." />
      {rows.length === 0 ? (
        <p className="text-slate-700">Chưa có quyết định khen thưởng nào được công bố.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {rows.map((d) => (
            <li key={d.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h2 className="font-semibold">
                Quyết định số {d.number} ngày {formatCalendarDate(d.signedOn)} của {d.organisationUnit.name}
              </h2>
              {d.summary && <p className="mt-1 text-slate-800">{d.summary}</p>}
              <p className="mt-1 text-sm text-slate-700">
                Phong trào:{" "}
                <Link href={`/public/campaigns/${d.campaign.id}`} className="text-brand-700 underline">
                  {d.campaign.title}
                </Link>{" "}
                · Người ký: {d.signerTitle} {d.signerName}
              </p>
              <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={`Danh sách khen thưởng theo Quyết định số ${d.number}`}>
                <table className="w-full min-w-[32rem] text-left text-sm">
                  <caption className="sr-only">Danh sách được khen thưởng theo Quyết định số {d.number}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-2 pr-2">
                        STT
                      </th>
                      <th scope="col" className="py-2 pr-2">
                        Tập thể, cá nhân
                      </th>
                      <th scope="col" className="py-2 pr-2">
                        Đối tượng
                      </th>
                      <th scope="col" className="py-2">
                        Hình thức khen thưởng
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.proposals.map((p, i) => (
                      <tr key={p.id} className="border-b border-slate-200">
                        <td className="py-2 pr-2">{i + 1}</td>
                        <td className="py-2 pr-2">
                          {p.nomineeName}
                          {p.nomineeType === "INDIVIDUAL" && p.nomineeUnit ? `, ${p.nomineeUnit.name}` : ""}
                        </td>
                        <td className="py-2 pr-2">{p.nomineeType === "CITIZEN" && p.nomineeIsBusiness ? "Doanh nghiệp" : TYPE[p.nomineeType]}</td>
                        <td className="py-2">{p.awardForm.name}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/public/awards" params={{}} />
    </>
  );
}
