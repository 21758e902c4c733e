/**
 * The frozen content of one submitted version of a Mẫu 1 (RegistrationVersion.snapshot).
 * Field names are copied so that a later rename of a field or unit does not change history.
 */
export interface RegistrationSnapshot {
  unitName: string;
  ownerName: string | null; // the individual, for an individual's registration
  /** The campaign's fields at submission time (so empty blocks and names show as they were). Absent in older snapshots. */
  fields?: { id: string; name: string; sortOrder: number }[];
  rows: {
    initiativeId: string;
    fieldId: string;
    fieldName: string;
    fieldOrder: number;
    content: string;
    type: string;
    ownerType: string;
    ownerNames: string | null;
    expectedCompletion: string; // yyyy-MM-dd
    note: string | null;
    level: string;
  }[];
  /** Present when the office entered a form received on paper (receivedOn: yyyy-MM-dd). */
  paper?: { reference: string | null; receivedOn: string; signedBy: string };
}
