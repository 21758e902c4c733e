import { LinkButton } from "@/components/ui/button";

/**
 * The two downloads of an official document (lib/documents/nd30): the editable Word file and the PDF
 * for printing and archiving. `href` is the document's route; `query` the page's filters, if any.
 */
export function DocumentDownloads({ href, query = "", what = "văn bản" }: { href: string; query?: string; what?: string }) {
  const sep = query ? "&" : "?";
  return (
    <span className="flex flex-wrap gap-2">
      <LinkButton href={`${href}${query}`} prefetch={false} variant="secondary" download className="whitespace-nowrap">
        Tải {what} (Word)
      </LinkButton>
      <LinkButton href={`${href}${query}${sep}format=pdf`} prefetch={false} variant="secondary" download className="whitespace-nowrap">
        Tải {what} (PDF)
      </LinkButton>
    </span>
  );
}
