/**
 * Vietnamese alphabetical order ("Ă" after "A", "Đ" after "D"). One collator for the process:
 * `compareVi(a, b)` looks the locale up on every call, which dominated sorting 2,000 unit names.
 */
export const compareVi: (a: string, b: string) => number = new Intl.Collator("vi").compare;
