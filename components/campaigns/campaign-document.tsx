import Link from "@/components/ui/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatOfficialDate, MILESTONE_KIND_LABELS, PARTICIPANT_TYPE_LABELS, PARTICIPANT_TYPES } from "@/lib/campaigns/defaults";
import type { CampaignDetail } from "@/lib/campaigns/queries";
import { LEVEL_LABELS } from "@/lib/registrations/labels";
import { phaseOfMilestoneKind, phaseWindow } from "@/lib/reports/phase";
import { describeTimeLeft, formatCalendarDate, formatDateVN, formatDeadline } from "@/lib/time/vn";

/** Multi-line text as paragraphs (plan texts are typed with line breaks). */
function Lines({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {text
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l, i) => (
          <p key={i} className="mb-1">
            {l}
          </p>
        ))}
    </>
  );
}

/** The plan rendered like an official document (Nghị định 30/2020: issuing body, number, place and date, title). */
export function CampaignDocument({ campaign: c, parentHref }: { campaign: CampaignDetail; parentHref: string | null }) {
  const criteriaBy = (t: (typeof PARTICIPANT_TYPES)[number]) => c.criteria.filter((x) => x.participantType === t);
  const parentOrg = c.issuingUnit.parent?.name;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 font-serif text-[15px] leading-relaxed text-slate-900 shadow-sm sm:p-8" aria-label="Nội dung kế hoạch">
      <header className="grid gap-4 text-center sm:grid-cols-2">
        <div>
          {parentOrg && <p className="uppercase">{parentOrg}</p>}
          <p className="font-bold uppercase">{c.issuingUnit.name}</p>
          <p className="mx-auto mt-1 w-24 border-t border-slate-900" aria-hidden="true" />
          <p className="mt-2">Số: {c.documentNumber}</p>
        </div>
        <div>
          <p className="font-bold uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p className="mx-auto mt-1 w-40 border-t border-slate-900" aria-hidden="true" />
          <p className="mt-2 italic">{formatOfficialDate(c.issuedOn)}</p>
        </div>
      </header>

      <h2 className="mt-8 text-center text-lg font-bold uppercase">Kế hoạch</h2>
      <p className="mx-auto max-w-3xl text-center font-bold">{c.title}</p>
      {c.theme && (
        <p className="mx-auto mt-2 max-w-3xl text-center italic">
          Chủ đề: “{c.theme}”
        </p>
      )}

      {c.parentCampaign && (
        <p className="mt-6">
          Thực hiện Kế hoạch số{" "}
          {parentHref ? (
            <Link href={parentHref} className="text-brand-700 underline">
              {c.parentCampaign.documentNumber}
            </Link>
          ) : (
            c.parentCampaign.documentNumber
          )}{" "}
          {formatOfficialDate(c.parentCampaign.issuedOn)} của {c.parentCampaign.issuingUnit.name} ({c.parentCampaign.title}).
        </p>
      )}

      {c.legalBases && (
        <section className="mt-6">
          <h3 className="font-bold">Căn cứ</h3>
          <ul className="list-disc pl-6">
            {c.legalBases
              .split(/\r?\n/)
              .filter((l) => l.trim())
              .map((l, i) => (
                <li key={i}>{l}</li>
              ))}
          </ul>
        </section>
      )}

      {c.purpose && (
        <section className="mt-6">
          <h3 className="font-bold">I. Mục đích, yêu cầu</h3>
          <Lines text={c.purpose} />
        </section>
      )}

      <section className="mt-6">
        <h3 className="font-bold">II. Đối tượng, nội dung, tiêu chí và thời gian thi đua</h3>
        {c.participantsText && (
          <>
            <h4 className="mt-2 font-semibold">1. Đối tượng</h4>
            <Lines text={c.participantsText} />
          </>
        )}
        <h4 className="mt-2 font-semibold">2. Nội dung đăng ký thi đua trên các lĩnh vực</h4>
        {c.fields.length ? (
          <ol className="list-decimal pl-6">
            {c.fields.map((f) => (
              <li key={f.id}>{f.name}</li>
            ))}
          </ol>
        ) : (
          <p className="text-slate-600">Chưa có lĩnh vực.</p>
        )}
        <p className="mt-1">
          Cấp đăng ký: {c.registrationLevels.length ? c.registrationLevels.map((l) => LEVEL_LABELS[l]).join(", ") : "chưa chọn"}.
        </p>
        <h4 className="mt-2 font-semibold">3. Tiêu chí thi đua</h4>
        {PARTICIPANT_TYPES.every((t) => criteriaBy(t).length === 0) && <p className="text-slate-600">Chưa có tiêu chí.</p>}
        {PARTICIPANT_TYPES.filter((t) => criteriaBy(t).length > 0).map((t) => (
          <div key={t} className="mt-1">
            <p className="italic">{PARTICIPANT_TYPE_LABELS[t]}:</p>
            <ul className="list-disc pl-6">
              {criteriaBy(t).map((x) => (
                <li key={x.id}>{x.content}</li>
              ))}
            </ul>
          </div>
        ))}
        <h4 className="mt-2 font-semibold">4. Thời gian thi đua</h4>
        <p>
          Từ ngày {formatCalendarDate(c.startsOn)} đến ngày {formatCalendarDate(c.endsOn)}.
        </p>
      </section>

      {c.receivingUnit && (
        <section className="mt-6">
          <h3 className="font-bold">III. Tổ chức thực hiện</h3>
          <p data-receiving-unit>
            Cơ quan nhận báo cáo, đăng ký: <span className="font-semibold">{c.receivingUnit.name}</span>. Các đơn vị gửi đăng ký, báo cáo theo Kế hoạch này về{" "}
            {c.receivingUnit.name}.
          </p>
        </section>
      )}

      <footer className="mt-8 grid sm:grid-cols-2">
        <div />
        <div className="text-center">
          <p className="font-bold uppercase">{c.signerTitle}</p>
          <p className="mt-10 font-bold">{c.signerName}</p>
        </div>
      </footer>
    </article>
  );
}

/**
 * When a report milestone starts accepting submissions: its own "Mở nhận từ ngày", else the default
 * of lib/reports/phase.ts (when the milestone before it falls due). Null for other milestones.
 */
function opensAtOf(milestones: CampaignDetail["milestones"], m: CampaignDetail["milestones"][number]): { at: Date; byDefault: boolean } | null {
  const p = phaseOfMilestoneKind(m.kind);
  if (!p) return m.opensAt ? { at: m.opensAt, byDefault: false } : null;
  if (m.opensAt) return { at: m.opensAt, byDefault: false };
  const w = phaseWindow(milestones, p.phase, p.summary);
  return w && w.milestone.id === m.id && w.opensAt ? { at: w.opensAt, byDefault: true } : null;
}

/** Milestone table: what, who, deadline ("trước ngày dd/MM/yyyy"), time left. */
export function MilestoneTable({ milestones, now }: { milestones: CampaignDetail["milestones"]; now: Date }) {
  if (milestones.length === 0) return <p className="text-sm text-slate-700">Chưa có mốc thời gian. Hãy sửa kế hoạch để thêm các mốc.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Các mốc thời gian của kế hoạch</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              TT
            </th>
            <th scope="col" className="px-3 py-2">
              Nội dung công việc
            </th>
            <th scope="col" className="px-3 py-2">
              Sản phẩm
            </th>
            <th scope="col" className="px-3 py-2">
              Chịu trách nhiệm
            </th>
            <th scope="col" className="px-3 py-2">
              Thời hạn
            </th>
            <th scope="col" className="px-3 py-2">
              Còn lại
            </th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m, i) => {
            const past = now.getTime() >= m.dueAt.getTime();
            const opens = opensAtOf(milestones, m);
            return (
              <tr key={m.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">{i + 1}</td>
                <td className="px-3 py-2">
                  <p>{m.name}</p>
                  <p className="text-xs text-slate-600">{MILESTONE_KIND_LABELS[m.kind]}</p>
                </td>
                <td className="px-3 py-2">{m.deliverable ?? "—"}</td>
                <td className="px-3 py-2">{ROLE_LABELS[m.responsibleRole]}</td>
                <td className="whitespace-nowrap px-3 py-2 font-medium">
                  {formatDeadline(m.dueAt)}
                  {m.hardCutoffAt && <p className="text-xs font-normal text-slate-700">Hạn cuối cùng: {formatDeadline(m.hardCutoffAt)}</p>}
                  {opens && (
                    <p className="text-xs font-normal text-slate-700">
                      Mở nhận từ ngày {formatDateVN(opens.at)}
                      {opens.byDefault && <span className="block">(khi mốc trước đến hạn)</span>}
                    </p>
                  )}
                </td>
                <td className={`whitespace-nowrap px-3 py-2 ${past ? "text-slate-600" : "text-slate-900"}`}>{past ? "đã qua" : describeTimeLeft(m.dueAt, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
