import { foldForSearch } from "@/lib/text/fold";

/** Text folded for searching Vietnamese names typed without diacritics ("Phòng Quy hoạch" ~ "phong quy hoach"). */
export const foldSearchText = foldForSearch;

/** True when every word of the query occurs (folded) in the text, in any order. */
export function matchesSearch(foldedText: string, query: string): boolean {
  const words = foldSearchText(query).split(" ").filter(Boolean);
  return words.every((w) => foldedText.includes(w));
}
