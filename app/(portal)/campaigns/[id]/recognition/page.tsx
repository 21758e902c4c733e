import { DocumentDownloads } from "@/components/documents/document-downloads";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/consolidation/print-button";
import { DecisionManage } from "@/components/recognition/decision-manage";
import { RecognitionForm, type RecognisableOption } from "@/components/recognition/recognition-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getRecognitionPage } from "@/lib/recognition/queries";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { calendarDateToInput, vnDayOf } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Công nhận mô hình, giải pháp, sáng kiến" };

// Only the list of recognised initiatives prints.
const PRINT_CSS = `@media print {
  body header, body footer, nav { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { size: A4 landscape; margin: 15mm; }
}`;

const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, "")}…` : s);

/**
 * "Công nhận": the recognition decisions of the campaign (quyết định công nhận of its issuing unit),
 * the initiatives they recognise (printable), those recognised higher up through their forwarded copies,
 * and for the issuing unit's leadership the form to record a decision.
 */
export default async function RecognitionPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const data = await getRecognitionPage(user, id);
  if (!data) notFound();
  const { campaign } = data;
  const org = campaign.issuingUnit.name;
  const candidates: RecognisableOption[] =
    data.form?.candidates.map((c) => ({
      id: c.id,
      content: c.content,
      detail: `${INITIATIVE_TYPE_LABELS[c.type]} · ${c.unit.name}${c.originUnit ? ` (chuyển lên từ ${c.originUnit.name})` : ""}`,
      roundName: c.roundName,
    })) ?? [];

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="print:hidden">
        <PageHeader
          title="Công nhận mô hình, giải pháp, sáng kiến"
          description={
            <>
              Kế hoạch {campaign.documentNumber}: {campaign.title}
            </>
          }
        />
        <Alert tone="info" className="mb-4">
          Công nhận là quyết định của cấp có thẩm quyền: {data.ownLevel ? `${org} công nhận ${RECOGNITION_LEVEL_LABELS[data.ownLevel]}` : `${org} không ban hành quyết định công nhận`}
          ; cấp Thành phố do Chủ tịch UBND Thành phố công nhận. Việc Lãnh đạo chọn “tiêu biểu” để gửi cấp trên là đề xuất, không phải công nhận.
        </Alert>
      </div>

      <section aria-labelledby="decisions-h" className="mb-8 print:hidden">
        <h2 id="decisions-h" className="mb-3 text-lg font-semibold">
          Quyết định công nhận ({data.decisions.length})
        </h2>
        {data.decisions.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có quyết định công nhận nào của kế hoạch này.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {data.decisions.map((d) => {
              const items = data.items.filter((i) => i.decision.id === d.id);
              return (
                <li key={d.id} className="rounded-md border border-slate-300 bg-white p-3 text-sm" data-decision={d.number}>
                  <p className="font-semibold text-slate-900">
                    Quyết định số {d.number} ngày {d.signedOnText}{" "}
                    <Badge tone="green" className="ml-1">
                      {RECOGNITION_LEVEL_LABELS[d.level]}
                    </Badge>
                  </p>
                  {d.summary && <p className="text-slate-800">{d.summary}</p>}
                  <p className="text-slate-700">
                    {d.signerTitle} {d.signerName} ký · {d.count} nội dung được công nhận · ghi nhận bởi {d.createdBy.fullName}
                  </p>
                  <div className="mt-2">
                    <DocumentDownloads href={`/campaigns/${data.campaign.id}/recognition/${d.id}/document`} what="Quyết định" />
                  </div>
                  {data.canRecognise && (
                    <DecisionManage
                      decisionId={d.id}
                      number={d.number}
                      items={items.map((i) => ({ id: i.initiative.id, label: short(i.initiative.content) }))}
                      fields={{ number: d.number, signedOn: calendarDateToInput(d.signedOn), signerName: d.signerName, signerTitle: d.signerTitle, summary: d.summary ?? "" }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="recognised-h" className="mb-8">
        <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
          <h2 id="recognised-h" className="text-lg font-semibold">
            Danh sách mô hình, giải pháp, sáng kiến được công nhận – Kế hoạch {campaign.documentNumber}
          </h2>
          {data.items.length > 0 && (
            <div className="print:hidden">
              <PrintButton />
            </div>
          )}
        </div>
        {data.items.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có nội dung nào được công nhận.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="recognised-table">
              <caption className="sr-only">Mô hình, giải pháp, sáng kiến được công nhận theo các quyết định của kế hoạch</caption>
              <thead>
                <tr className="bg-slate-100 text-left">
                  <th scope="col" className="border border-slate-300 p-2">
                    STT
                  </th>
                  <th scope="col" className="border border-slate-300 p-2">
                    Nội dung
                  </th>
                  <th scope="col" className="border border-slate-300 p-2">
                    Đơn vị
                  </th>
                  <th scope="col" className="border border-slate-300 p-2">
                    Loại
                  </th>
                  <th scope="col" className="border border-slate-300 p-2">
                    Cấp công nhận
                  </th>
                  <th scope="col" className="border border-slate-300 p-2">
                    Quyết định
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((it, n) => (
                  <tr key={it.id} className="align-top">
                    <td className="border border-slate-300 p-2 text-center">{n + 1}</td>
                    <td className="border border-slate-300 p-2">
                      <Link href={`/initiatives/${it.initiative.id}`} className="text-brand-700 underline print:text-black print:no-underline">
                        {it.initiative.content}
                      </Link>
                      {it.initiative.ownerNames && <span className="block text-slate-700">Tác giả: {it.initiative.ownerNames}</span>}
                    </td>
                    <td className="border border-slate-300 p-2">
                      {it.initiative.unit.name}
                      {it.initiative.originUnit && <span className="block text-slate-700">Chuyển lên từ {it.initiative.originUnit.name}</span>}
                    </td>
                    <td className="border border-slate-300 p-2">{INITIATIVE_TYPE_LABELS[it.initiative.type]}</td>
                    <td className="border border-slate-300 p-2">{RECOGNITION_LEVEL_LABELS[it.level]}</td>
                    <td className="border border-slate-300 p-2">
                      Số {it.decision.number} ngày {it.decision.signedOnText}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {data.recognisedAbove.length > 0 && (
        <section aria-labelledby="above-h" className="mb-8">
          <h2 id="above-h" className="mb-3 text-lg font-semibold">
            Được cấp trên công nhận
          </h2>
          <ul className="flex flex-col gap-2 text-sm">
            {data.recognisedAbove.map((r) => (
              <li key={r.id} className="rounded-md border border-green-300 bg-green-50 p-3" data-recognised-above={r.id}>
                <Link href={`/initiatives/${r.id}`} className="font-medium text-brand-700 underline print:text-black">
                  {r.content}
                </Link>{" "}
                <span className="text-slate-700">({r.unit.name})</span>
                <span className="block text-green-900">
                  Được {r.recognition.issuer} công nhận {RECOGNITION_LEVEL_LABELS[r.recognition.level]} (QĐ số {r.recognition.number} ngày {r.recognition.signedOnText})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {data.form && (
        <section aria-labelledby="record-h" className="mb-8 print:hidden">
          <h2 id="record-h" className="mb-3 text-lg font-semibold">
            Ghi nhận quyết định công nhận {RECOGNITION_LEVEL_LABELS[data.form.level]}
          </h2>
          {/* Always mounted: after the last candidate is recognised, the form keeps its confirmation. */}
          <RecognitionForm
            campaignId={campaign.id}
            levelLabel={RECOGNITION_LEVEL_LABELS[data.form.level]}
            issuerName={org}
            today={vnDayOf(new Date())}
            defaults={data.form.defaults}
            candidates={candidates}
          />
        </section>
      )}
    </>
  );
}
