/** What a document's header needs of its issuing unit (loaded by issuer.ts, built by hand in tests). */
export interface DocumentIssuerInfo {
  name: string;
  parentName: string | null;
  symbol: string;
  place: string;
}
