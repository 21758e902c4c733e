import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { SubmissionHistoryView } from "@/components/ui/submission-history";
import { getCurrentUser } from "@/lib/auth/session";
import { RATING_LABELS, type CriterionResult, type PortalFacts, type Rating } from "@/lib/awards/criteria";
import { NOMINEE_TYPE_LABELS, PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import { loadProposalDossier, type DossierDocuments, type DossierView, type LineageEntry } from "@/lib/awards/proposals/queries";
import type { ProposalSnapshot } from "@/lib/awards/proposals/snapshot";
import { formatDateTimeVN } from "@/lib/time/vn";
import { CriteriaChecklist } from "./proposal-criteria";
import { ProposalDocuments } from "./proposal-documents";
import { ProposalStatusBadge } from "./proposal-status-badge";

const REVIEW_LABELS: Record<string, string> = {
  SUBMIT: "Đơn vị xác nhận và nộp",
  RETURN: "Thường trực Hội đồng trả lại",
  ACCEPT: "Thường trực Hội đồng xác nhận đủ điều kiện trình Hội đồng",
  CONFIRM: "Xác nhận",
};

export const proposalVersionHref = (proposalId: string, versionNo: number) => `/awards/proposals/${proposalId}/versions/${versionNo}`;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[14rem_1fr] sm:gap-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function FactsLine({ facts }: { facts: PortalFacts | null }) {
  if (!facts) return null;
  return (
    <p className="mb-2 text-sm text-slate-700" data-testid="portal-facts">
      Dữ liệu của cổng trong kế hoạch: {facts.initiativesRegistered} mô hình, giải pháp, sáng kiến đăng ký; {facts.initiativesCompleted} hoàn thành;{" "}
      {facts.initiativesRecognised} được công nhận bằng quyết định{facts.recognition?.city ? ` (${facts.recognition.city} cấp Thành phố)` : ""}; {facts.reportsSubmitted} báo cáo đã gửi
      {facts.reportsLate ? `, ${facts.reportsLate} nộp trễ` : ""}
      {facts.reportsMissing ? `, ${facts.reportsMissing} quá hạn chưa gửi` : ""}.
    </p>
  );
}

function Lineage({ from, to }: { from: LineageEntry[]; to: LineageEntry[] }) {
  if (from.length === 0 && to.length === 0) return null;
  const item = (e: LineageEntry) => (
    <li key={e.proposalId} className="text-sm">
      Kế hoạch {e.campaignDocumentNumber} · {e.unitName} ·{" "}
      {e.readable ? (
        <Link href={`/awards/proposals/${e.proposalId}`} className="text-brand-700 underline underline-offset-2">
          {PROPOSAL_STATUS_LABELS[e.status]}
        </Link>
      ) : (
        PROPOSAL_STATUS_LABELS[e.status]
      )}
    </li>
  );
  return (
    <section aria-labelledby="lineage-title" className="mt-6 rounded-md border border-slate-300 bg-white p-4" data-testid="proposal-lineage">
      <h2 id="lineage-title" className="mb-2 text-lg font-semibold text-slate-900">
        Quá trình trình khen thưởng
      </h2>
      {from.length > 0 && (
        <>
          <p className="text-sm text-slate-700">Đề nghị này do cấp dưới trình lên (vượt thẩm quyền của cấp dưới), từ gần nhất đến đơn vị gốc:</p>
          <ol className="ml-5 list-decimal">{from.map(item)}</ol>
        </>
      )}
      {to.length > 0 && (
        <>
          <p className="mt-2 text-sm text-slate-700">Đã trình lên cấp trên:</p>
          <ul className="ml-5 list-disc">{to.map(item)}</ul>
        </>
      )}
    </section>
  );
}

export interface DossierContent {
  unit: { name: string };
  campaign: { documentNumber: string; title: string; issuingUnitName: string };
  nominee: ProposalSnapshot["nominee"];
  awardForm: ProposalSnapshot["awardForm"];
  achievements: string;
  declaredRating: Rating | null;
  declaredNoDiscipline: boolean | null;
  criteria: CriterionResult[];
  facts: PortalFacts | null;
}

/** The body of a dossier (nominee, award form and rule, achievements, declarations, criteria): live or a frozen version. */
export function DossierBody({ content, criteriaNote }: { content: DossierContent; criteriaNote?: string }) {
  const n = content.nominee;
  return (
    <>
      <section aria-labelledby="nominee-title" className="rounded-md border border-slate-300 bg-white px-4 py-2">
        <h2 id="nominee-title" className="sr-only">
          Đối tượng và hình thức khen thưởng
        </h2>
        <dl className="divide-y divide-slate-200">
          <Row label="Đối tượng đề nghị">
            <span className="font-semibold">{n.name}</span> <Badge tone="gray">{n.type === "CITIZEN" && n.isBusiness ? "Doanh nghiệp" : NOMINEE_TYPE_LABELS[n.type]}</Badge>
            {n.detail && <span className="block text-slate-700">{n.detail}</span>}
            {n.type === "INDIVIDUAL" && n.unitName && <span className="block text-slate-700">{n.unitName}</span>}
          </Row>
          <Row label="Đơn vị đề nghị">{content.unit.name}</Row>
          <Row label="Kế hoạch thi đua">
            {content.campaign.documentNumber} của {content.campaign.issuingUnitName}
          </Row>
          <Row label="Hình thức khen thưởng">
            <span className="font-semibold">{content.awardForm.name}</span>
            <span className="block text-slate-700">
              Của {content.awardForm.organisationName} ·{" "}
              {content.awardForm.withinAuthority ? "thuộc thẩm quyền của cơ quan ban hành kế hoạch" : "vượt thẩm quyền: Hội đồng xét rồi trình cấp trên"}
            </span>
            <span className="block text-slate-700">
              Quy tắc biểu quyết: có mặt {content.awardForm.quorum}; {content.awardForm.threshold}.
            </span>
          </Row>
          <Row label="Xếp loại (đơn vị kê khai)">{content.declaredRating ? RATING_LABELS[content.declaredRating] : <span className="italic text-slate-600">Chưa kê khai</span>}</Row>
          <Row label="Kỷ luật trong năm">
            {content.declaredNoDiscipline === null ? (
              <span className="italic text-slate-600">Chưa kê khai</span>
            ) : content.declaredNoDiscipline ? (
              "Không bị xử lý kỷ luật"
            ) : (
              "Có bị xử lý kỷ luật"
            )}
          </Row>
        </dl>
      </section>

      <section aria-labelledby="achievements-title" className="mt-6">
        <h2 id="achievements-title" className="mb-1 text-lg font-semibold text-slate-900">
          Tóm tắt thành tích
        </h2>
        {content.achievements.trim() ? (
          <div className="whitespace-pre-line rounded-md border border-slate-300 bg-white p-4 text-sm text-slate-900">{content.achievements}</div>
        ) : (
          <p className="text-sm italic text-slate-600">Chưa nhập.</p>
        )}
      </section>

      <section aria-labelledby="criteria-title" className="mt-6">
        <h2 id="criteria-title" className="mb-1 text-lg font-semibold text-slate-900">
          Tiêu chí khen thưởng
        </h2>
        {criteriaNote && <p className="mb-2 text-sm text-slate-700">{criteriaNote}</p>}
        <FactsLine facts={content.facts} />
        <CriteriaChecklist criteria={content.criteria} />
      </section>
    </>
  );
}

/** The read-only dossier for a loaded view (see ProposalDossier). */
export function ProposalDossierView({ view, hideHistory = false }: { view: DossierView; hideHistory?: boolean }) {
  const justified = !!view.admissionJustification;
  return (
    <div data-testid="proposal-dossier">
      {view.failsHardCriterion && justified && (
        <Alert tone="warning" className="mb-4" title="Chưa đạt tiêu chí bắt buộc — Thường trực Hội đồng đề nghị xét, có giải trình">
          <p className="whitespace-pre-line" data-testid="admission-justification">
            {view.admissionJustification}
          </p>
        </Alert>
      )}
      {view.failsHardCriterion && !justified && (
        <Alert tone="warning" className="mb-4" title="Đối tượng chưa đạt tiêu chí bắt buộc">
          Đề nghị chỉ được trình Hội đồng khi Thường trực Hội đồng có giải trình bằng văn bản.
        </Alert>
      )}
      {view.status === "RETURNED" && view.returnComment && (
        <Alert tone="warning" className="mb-4" title="Thường trực Hội đồng trả lại để chỉnh sửa">
          <p className="whitespace-pre-line">Ý kiến: {view.returnComment}</p>
        </Alert>
      )}

      <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="proposal-status">
        <ProposalStatusBadge status={view.status} isLate={view.isLate} />
        {view.lastSubmittedAt && <span>Nộp gần nhất {formatDateTimeVN(view.lastSubmittedAt)}</span>}
        {view.submittedVersion > 0 && <span>· phiên bản {view.submittedVersion}</span>}
        {view.shownVersion && <span>· đang xem nội dung phiên bản {view.shownVersion} đã nộp (đơn vị đang chỉnh sửa)</span>}
      </p>

      <DossierBody
        content={view}
        criteriaNote={
          view.criteriaSource === "LIVE"
            ? "Kiểm tra theo dữ liệu hiện tại của cổng và nội dung đơn vị kê khai (chưa nộp)."
            : "Kết quả kiểm tra tại thời điểm đơn vị nộp đề nghị."
        }
      />

      <ProposalDocuments documents={view.documents} proposalId={view.id} />

      <Lineage from={view.forwardedFrom} to={view.forwardedTo} />

      {!hideHistory && (
        <SubmissionHistoryView
          history={view.history}
          versionHref={(n) => proposalVersionHref(view.id, n)}
          reviewLabel={(a) => REVIEW_LABELS[a] ?? a}
          reviewsHeading="Kiểm tra và xử lý"
        />
      )}
    </div>
  );
}

/**
 * The read-only dossier of an award proposal, loading its own data for the signed-in user: nominee,
 * award form and its voting rule, achievements, declarations, the criteria check (with the office's
 * written justification shown first when a hard criterion is not met), the documents with download
 * links, the lineage of a forwarded proposal and its history. Renders nothing for a user who may not
 * read the proposal (pages decide on 404 themselves).
 */
export async function ProposalDossier({ proposalId, hideHistory }: { proposalId: string; hideHistory?: boolean }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const view = await loadProposalDossier(user, proposalId);
  if (!view) return null;
  return <ProposalDossierView view={view} hideHistory={hideHistory} />;
}

export type { DossierDocuments };
