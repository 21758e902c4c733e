import { RecordHistory } from "@/components/audit/record-history";
import { ImportPanel } from "@/components/imports/import-panel";
import { IMPORT_TEXTS } from "@/components/imports/import-texts";
import { RegistrationEditor } from "@/components/registrations/registration-editor";
import { RegistrationHistoryView } from "@/components/registrations/registration-history";
import { RegistrationTable } from "@/components/registrations/registration-table";
import { DeadlineNote } from "@/components/registrations/deadline-note";
import { AwaitingConfirmationAlert } from "@/components/registrations/awaiting-confirmation-alert";
import { JustSubmittedAlert } from "@/components/registrations/just-submitted-alert";
import { FormStatusBadge } from "@/components/registrations/status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { UnitCampaignHeader } from "@/components/unit-home/unit-campaign-header";
import { AfterRegistrationLinks } from "@/components/reports/after-registration-links";
import { LEVEL_LABELS } from "@/lib/registrations/labels";
import type { RegistrationWorkspace } from "@/lib/registrations/queries";
import { canRequestConfirmation } from "@/lib/submissions/kinds";
import { describeTimeLeft, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

/** The page body of a Mẫu 1 (unit or individual): header facts, editor or read-only form, history. */
export function WorkspaceView({
  ws,
  userFullName,
  basePath,
}: {
  ws: RegistrationWorkspace;
  basePath: string;
  userFullName: string;
}) {
  const now = new Date();
  const reg = ws.registration;
  const individual = ws.kind === "INDIVIDUAL";
  const deadlinePassed = !!ws.dueAt && now.getTime() >= ws.dueAt.getTime();
  const title = individual ? "Đăng ký cá nhân (Mẫu 1)" : "Mẫu 1 – Đăng ký mô hình, giải pháp, sáng kiến";

  return (
    <>
      <UnitCampaignHeader
        title={title}
        campaign={ws.campaign}
        unitName={ws.unit.name}
        personName={individual ? userFullName : undefined}
        chooseUnitHref={ws.hasSeveralUnits ? basePath : undefined}
      />

      <dl className="mb-6 grid gap-3 rounded-md border border-slate-300 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Hạn nộp</dt>
          <dd className="font-medium">
            {ws.dueAt ? (
              <>
                {formatDeadline(ws.dueAt)}{" "}
                {!reg || !["SUBMITTED", "ACCEPTED"].includes(reg.status) ? (
                  <Badge tone={deadlinePassed ? "red" : "gray"}>{describeTimeLeft(ws.dueAt, now)}</Badge>
                ) : null}
                <DeadlineNote originalDueAt={ws.deadline.originalDueAt} extension={ws.deadline.extension} cutoffAt={ws.deadline.cutoffAt} />
              </>
            ) : (
              "Kế hoạch chưa quy định"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Trạng thái</dt>
          <dd className="flex flex-wrap items-center gap-2" data-testid="form-status">
            <FormStatusBadge status={ws.formStatus} awaitingConfirmation={reg?.status === "AWAITING_CONFIRMATION"} />
            {reg?.lastSubmittedAt && <span className="text-slate-700">Nộp gần nhất {formatDateTimeVN(reg.lastSubmittedAt)}</span>}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Cấp đăng ký của kế hoạch</dt>
          <dd className="font-medium">{ws.campaign.registrationLevels.map((l) => LEVEL_LABELS[l]).join(", ") || "—"}</dd>
        </div>
      </dl>

      {!individual && <AfterRegistrationLinks campaignId={ws.campaign.id} unitId={ws.unit.id} />}

      {!individual && reg?.submittedVersion ? <JustSubmittedAlert submittedVersion={reg.submittedVersion} lateFirst={reg.isLate && reg.submittedVersion === 1} /> : null}
      {reg?.status === "AWAITING_CONFIRMATION" && <AwaitingConfirmationAlert />}
      {reg?.status === "RETURNED" && (
        <Alert tone="warning" className="mb-4" title={individual ? "Đăng ký được trả lại để chỉnh sửa" : "Bộ phận CCHC trả lại Mẫu 1 để chỉnh sửa"}>
          {reg.returnComment ? <p className="whitespace-pre-line">Ý kiến: {reg.returnComment}</p> : null}
          <p className="mt-1">Chỉnh sửa rồi {individual ? "gửi lại trưởng đơn vị xác nhận" : "xác nhận và nộp lại"}; các phiên bản đã nộp vẫn được lưu.</p>
        </Alert>
      )}

      {ws.canEdit && ws.kind === "UNIT" && (
        <ImportPanel
          texts={IMPORT_TEXTS.mau1}
          action={`/unit/campaigns/${encodeURIComponent(ws.campaign.id)}/import`}
          templateHref={`/unit/campaigns/${encodeURIComponent(ws.campaign.id)}/import/template?unit=${encodeURIComponent(ws.unit.id)}`}
          fields={{ unitId: ws.unit.id }}
          allowValidOnly
        />
      )}
      {ws.canEdit ? (
        <RegistrationEditor
          mode={ws.kind}
          campaignId={ws.campaign.id}
          unitId={ws.unit.id}
          registrationId={reg?.id ?? null}
          lockVersion={reg?.lockVersion ?? 0}
          fields={ws.fields}
          rules={ws.rules}
          initialRows={ws.rows}
          replicableModels={ws.replicableModels}
          removalBlocked={ws.removalBlocked}
          canSubmit={ws.canSubmit}
          canRequestConfirmation={!reg || canRequestConfirmation(reg.status)}
          deadlinePassed={deadlinePassed}
          deadlineText={ws.dueAt ? formatDeadline(ws.dueAt) : null}
          defaultOwnerNames={userFullName}
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {ws.campaign.status !== "PUBLISHED"
              ? "Kế hoạch đã kết thúc: biểu mẫu chỉ còn để xem."
              : reg?.status === "ACCEPTED"
                ? "Bộ phận CCHC đã tiếp nhận biểu mẫu."
                : "Biểu mẫu đã nộp và đang chờ Bộ phận CCHC xem xét. Khi được trả lại, bạn có thể chỉnh sửa và nộp lại."}
          </p>
          <RegistrationTable
            fields={ws.fields}
            caption={individual ? "Nội dung đăng ký cá nhân" : "Nội dung đăng ký của đơn vị"}
            rows={ws.rows.map((r) => {
              const field = ws.fields.find((f) => f.id === r.fieldId);
              return { ...r, fieldName: field?.name ?? "", fieldOrder: field?.sortOrder ?? 0, ownerNames: r.ownerNames || null, note: r.note || null };
            })}
          />
        </>
      )}

      {reg && (
        <>
          <RegistrationHistoryView registrationId={reg.id} history={ws.history} />
          <RecordHistory entityType="Registration" entityId={reg.id} />
        </>
      )}
    </>
  );
}
