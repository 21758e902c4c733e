/**
 * Text folded for searching Vietnamese names typed without diacritics: NFD, combining marks removed,
 * đ/Đ → d, lower case, spaces collapsed. "Phòng Quy hoạch" and "phong quy hoach" fold alike.
 */
export function foldSearchText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when every word of the query occurs (folded) in the text, in any order. */
export function matchesSearch(foldedText: string, query: string): boolean {
  const words = foldSearchText(query).split(" ").filter(Boolean);
  return words.every((w) => foldedText.includes(w));
}
