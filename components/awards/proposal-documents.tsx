import { Badge } from "@/components/ui/badge";
import { DOCUMENT_KIND_LABELS } from "@/lib/awards/labels";
import type { DossierDocuments, DossierFile } from "@/lib/awards/proposals/queries";
import { formatFileSize } from "@/lib/evidence/limits";
import type { DossierDocumentKind } from "@/lib/generated/prisma/enums";
import { formatDateTimeVN } from "@/lib/time/vn";
import { DeleteDocumentButton, DocumentUploadButton, GenerateDraftButton } from "./proposal-document-actions";

const DRAFTABLE: DossierDocumentKind[] = ["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"];

function FileLine({ file, proposalId, editable }: { file: DossierFile; proposalId?: string; editable?: boolean }) {
  const href = `/api/evidence/${file.id}`;
  return (
    <li className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-3" data-document-file={file.fileName}>
      <div className="min-w-0">
        <a href={`${href}?download=1`} className="break-words font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900" aria-label={`Tải xuống “${file.fileName}”`}>
          {file.fileName}
        </a>
        <p className="text-xs text-slate-700">
          {formatFileSize(file.sizeBytes)} · {file.uploadedByName ?? "—"}, {formatDateTimeVN(file.createdAt)}
          {file.supersededAt ? ` · đã thay ngày ${formatDateTimeVN(file.supersededAt)}` : ""}
        </p>
        <p className="mt-1 flex flex-wrap gap-1">
          {file.generated && <Badge tone="blue">Bản thảo do cổng tạo</Badge>}
          {file.lockedAt && <Badge tone="violet">Đã nộp kèm hồ sơ</Badge>}
        </p>
      </div>
      {editable && proposalId && !file.lockedAt && !file.supersededAt && <DeleteDocumentButton fileId={file.id} fileName={file.fileName} />}
    </li>
  );
}

/**
 * The dossier's documents by kind: required ones marked, each with its current file(s) and a download
 * link; for the unit while the proposal is editable, upload ("Tải lên"), "Tạo bản thảo" for the three
 * documents the portal can draft, and delete for files not yet submitted.
 */
export function ProposalDocuments({
  documents,
  proposalId,
  editable = false,
  headingLevel = 2,
}: {
  documents: DossierDocuments;
  proposalId: string;
  editable?: boolean;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const other = documents.others;
  return (
    <section aria-labelledby={`docs-${proposalId}`} className="mt-6" data-testid="dossier-documents">
      <H id={`docs-${proposalId}`} className="mb-1 text-lg font-semibold text-slate-900">
        Hồ sơ đề nghị khen thưởng
      </H>
      {documents.inheritedFrom ? (
        <p className="mb-2 text-sm text-slate-700">Hồ sơ của đơn vị gốc ({documents.inheritedFrom}), chỉ xem và tải xuống.</p>
      ) : editable ? (
        <p className="mb-2 text-sm text-slate-700">
          “Tạo bản thảo” soạn sẵn tài liệu (Word) từ dữ liệu của đề nghị; tải về, hoàn chỉnh, ký rồi tải lên bản đã ký để thay. Tối đa 20 MB mỗi tệp; PDF, Word, Excel, ảnh.
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
        {documents.slots.map((slot) => (
          <li key={slot.kind} className="px-3 py-3" data-document-kind={slot.kind}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold text-slate-900">{slot.name}</span>
              {slot.required ? <Badge tone="red">Bắt buộc</Badge> : <Badge tone="gray">Không bắt buộc</Badge>}
              {slot.files.length > 0 ? <Badge tone="green">Đã có</Badge> : slot.required ? <Badge tone="amber">Còn thiếu</Badge> : null}
            </div>
            {slot.files.length > 0 ? (
              <ul>
                {slot.files.map((f) => (
                  <FileLine key={f.id} file={f} proposalId={proposalId} editable={editable} />
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm italic text-slate-600">Chưa có tệp.</p>
            )}
            {editable && (
              <div className="mt-2 flex flex-wrap items-center gap-2">
                {DRAFTABLE.includes(slot.kind) && (
                  <GenerateDraftButton proposalId={proposalId} kind={slot.kind as "PROPOSAL_LETTER" | "MEETING_MINUTES" | "ACHIEVEMENT_REPORT"} label={slot.name} />
                )}
                <DocumentUploadButton proposalId={proposalId} kind={slot.kind} label={slot.name} replacing={slot.kind !== "OTHER" && slot.files.length > 0} />
              </div>
            )}
          </li>
        ))}
        {(other.length > 0 || editable) && !documents.slots.some((s) => s.kind === "OTHER") && (
          <li className="px-3 py-3" data-document-kind="OTHER">
            <span className="font-semibold text-slate-900">{DOCUMENT_KIND_LABELS.OTHER}</span>{" "}
            <Badge tone="gray">Không bắt buộc</Badge>
            {other.length > 0 ? (
              <ul>
                {other.map((f) => (
                  <FileLine key={f.id} file={f} proposalId={proposalId} editable={editable} />
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm italic text-slate-600">Chưa có tệp.</p>
            )}
            {editable && (
              <div className="mt-2">
                <DocumentUploadButton proposalId={proposalId} kind="OTHER" label={DOCUMENT_KIND_LABELS.OTHER} replacing={false} />
              </div>
            )}
          </li>
        )}
      </ul>
      {documents.superseded.length > 0 && (
        <details className="mt-2 rounded-md border border-slate-300 bg-white">
          <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-slate-800">Tệp đã được thay ({documents.superseded.length})</summary>
          <ul className="px-3">
            {documents.superseded.map((f) => (
              <FileLine key={f.id} file={f} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
