import { formatFileSize } from "@/lib/evidence/limits";

/** The files sent with an idea, served by /api/public/ideas/files (the moderating office and the assessing unit only). */
export function IdeaAttachments({ files }: { files: { id: string; fileName: string; sizeBytes: number }[] }) {
  if (files.length === 0) return null;
  return (
    <>
      <h3 className="mt-3 font-semibold">Tệp đính kèm</h3>
      <ul className="mt-1 list-disc pl-6">
        {files.map((a) => (
          <li key={a.id}>
            <a href={`/api/public/ideas/files/${a.id}`} className="text-brand-700 underline">
              {a.fileName}
            </a>{" "}
            ({formatFileSize(a.sizeBytes)})
          </li>
        ))}
      </ul>
    </>
  );
}
