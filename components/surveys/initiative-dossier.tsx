import { formatFigure } from "@/lib/library/labels";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import type { InitiativeProgress } from "@/lib/generated/prisma/enums";

/** What the portal holds on an initiative, beside the unit's report and the team's findings. */
export function InitiativeDossier({
  initiative,
}: {
  initiative: {
    content: string;
    progress: InitiativeProgress;
    ownerNames: string | null;
    campaign: { documentNumber: string };
    results: { id: string; indicator: string; unitOfMeasure: string; valueBefore: number | null; valueAfter: number; source: string | null }[];
    evidenceFiles: { id: string; fileName: string }[];
    reportParts: { summary: string | null; results: string | null }[];
  };
}) {
  const part = initiative.reportParts[0];
  return (
    <div className="rounded-md bg-slate-50 p-3 text-sm">
      <p className="text-slate-700">
        Mẫu 1 kế hoạch số {initiative.campaign.documentNumber} · {PROGRESS_LABELS[initiative.progress]}
        {initiative.ownerNames ? ` · ${initiative.ownerNames}` : ""}
      </p>
      {initiative.results.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {initiative.results.map((r) => (
            <li key={r.id}>
              {r.indicator}: <strong>{formatFigure(r)}</strong>
              {r.source ? ` (nguồn: ${r.source})` : ""}
            </li>
          ))}
        </ul>
      )}
      {part?.summary && <p className="mt-1 whitespace-pre-line">Tóm tắt (Đề cương): {part.summary}</p>}
      {initiative.evidenceFiles.length > 0 && (
        <p className="mt-1">
          Minh chứng:{" "}
          {initiative.evidenceFiles.map((f, i) => (
            <span key={f.id}>
              {i > 0 && ", "}
              <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                {f.fileName}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
