import { Badge } from "@/components/ui/badge";
import { ShareEvidenceToggle } from "@/components/library/share-evidence-toggle";
import { getCurrentUser } from "@/lib/auth/session";
import { formatFileSize } from "@/lib/evidence/limits";
import { listEvidence, type EvidenceItem } from "@/lib/evidence/queries";
import { formatDateTimeVN } from "@/lib/time/vn";
import { DeleteEvidenceButton, EvidenceUploadForm, ReplaceEvidenceButton, type EvidenceTargetProp } from "./evidence-upload";

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "image/png": "Ảnh",
  "image/jpeg": "Ảnh",
  "image/webp": "Ảnh",
  "image/gif": "Ảnh",
};

function FileLine({ file, target, editable, old }: { file: EvidenceItem; target: EvidenceTargetProp; editable: boolean; old?: boolean }) {
  const href = `/api/evidence/${file.id}`;
  return (
    <li className="flex flex-col gap-2 border-t border-slate-200 px-3 py-3 first:border-t-0 sm:flex-row sm:items-start sm:justify-between" data-evidence-file={file.fileName}>
      <div className="min-w-0">
        <a href={href} target="_blank" rel="noopener" className="break-words font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {file.fileName}
        </a>
        <p className="text-xs text-slate-700">
          {TYPE_LABELS[file.mimeType] ?? file.mimeType} · {formatFileSize(file.sizeBytes)} · {file.uploadedByName ?? "—"}, {formatDateTimeVN(file.createdAt)}
          {old && file.supersededAt ? ` · đã thay ngày ${formatDateTimeVN(file.supersededAt)}` : ""}
        </p>
        {file.description && <p className="mt-1 text-sm text-slate-800">{file.description}</p>}
        {file.shareable && (
          <p className="mt-1">
            <Badge tone="green">Chia sẻ trong thư viện điển hình</Badge>
          </p>
        )}
        {file.lockedAt && (
          <p className="mt-1">
            <Badge tone="violet">Đã dùng trong báo cáo đã nộp</Badge>
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <a href={`${href}?download=1`} className="inline-flex min-h-9 items-center rounded-md px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50" aria-label={`Tải xuống “${file.fileName}”`}>
          Tải xuống
        </a>
        {editable && !old && target.kind === "initiative" && <ShareEvidenceToggle fileId={file.id} fileName={file.fileName} shareable={file.shareable} />}
        {editable && !old && <ReplaceEvidenceButton target={target} fileId={file.id} fileName={file.fileName} />}
        {editable && !old && !file.lockedAt && <DeleteEvidenceButton fileId={file.id} fileName={file.fileName} />}
      </div>
    </li>
  );
}

/**
 * Evidence files of an initiative or a Mẫu 2 report: current files, older versions collapsed
 * ("Phiên bản cũ"), and, for editors, the upload form. Loads its own data for the signed-in user
 * (renders nothing for someone who may not read the record). `canEdit` is the page's decision; the
 * panel also checks the record itself, and the server re-checks every upload and deletion.
 */
export async function EvidencePanel({
  target,
  canEdit,
  title = "Minh chứng",
  headingLevel = 2,
}: {
  target: EvidenceTargetProp;
  canEdit: boolean;
  title?: string;
  headingLevel?: 2 | 3;
}) {
  const user = await getCurrentUser();
  if (!user) return null;
  const list = await listEvidence(user, target);
  if (!list) return null;
  const editable = canEdit && list.access.canEdit && !list.inherited;
  const H = headingLevel === 2 ? "h2" : "h3";
  const headingId = `evidence-${target.kind}-${target.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-8" data-testid="evidence-panel">
      <H id={headingId} className="mb-1 text-lg font-semibold text-slate-900">
        {list.inherited ? "Minh chứng của đơn vị gốc" : title}
      </H>
      {list.inherited ? (
        <p className="mb-3 text-sm text-slate-700">
          Bản chuyển lên không có tệp riêng: đây là tệp minh chứng {list.origin ? `của ${list.origin.unitName}` : "của đơn vị gốc"}, chỉ xem và tải xuống.
        </p>
      ) : (
        <p className="mb-3 text-sm text-slate-700">Tệp PDF và ảnh mở ngay trên trình duyệt; các tệp khác được tải xuống.</p>
      )}
      {list.current.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white px-3 py-3 text-sm italic text-slate-600">Chưa có tệp minh chứng nào.</p>
      ) : (
        <ul className="rounded-md border border-slate-300 bg-white" aria-label="Tệp minh chứng hiện hành">
          {list.current.map((f) => (
            <FileLine key={f.id} file={f} target={target} editable={editable} />
          ))}
        </ul>
      )}
      {list.superseded.length > 0 && (
        <details className="mt-3 rounded-md border border-slate-300 bg-white">
          <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-slate-800">Phiên bản cũ ({list.superseded.length})</summary>
          <ul aria-label="Phiên bản cũ">
            {list.superseded.map((f) => (
              <FileLine key={f.id} file={f} target={target} editable={false} old />
            ))}
          </ul>
        </details>
      )}
      {editable && <EvidenceUploadForm target={target} />}
      {canEdit && !editable && list.access.mayEdit && list.access.problem && !list.inherited && (
        <p className="mt-3 text-sm text-slate-700">{list.access.problem}</p>
      )}
    </section>
  );
}
