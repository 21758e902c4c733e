/**
 * "Nguyễn Văn  Ánh" → "nguyen van anh": Vietnamese text folded for a search that forgives missing
 * diacritics (NFD, combining marks removed, đ/Đ → d), case and repeated spaces. Client-safe.
 */
export function foldForSearch(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLocaleLowerCase("vi")
    .replace(/\s+/g, " ")
    .trim();
}
