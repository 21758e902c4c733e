/**
 * The shape of a record id taken from a URL (cuid, or the demo and scale data's readable ids): anything
 * else is no record, answered as "not found" or ignored as a filter, never sent to the database (where
 * U+0000 in a parameter is an error, not a miss).
 */
export const RECORD_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: string | null | undefined): value is string {
  return !!value && RECORD_ID_RE.test(value);
}
