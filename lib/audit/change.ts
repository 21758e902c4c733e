/**
 * What an audit entry changed, for a record's history: the audit row keeps the whole record before and
 * after (a Mẫu 1 save stores every row of the form twice), the history shows what differs.
 *
 * - Two objects: only the keys whose values differ.
 * - Under such a key, two lists of objects that carry an `id` (a form's rows): only the items removed or
 *   changed (before) and added or changed (after).
 * - Anything else (a creation with nothing before, a deletion, a plain value) is shown as stored.
 *
 * A form saved thirty times with twenty rows made its page carry every row sixty times (~1 MB); a save
 * that edits one row now shows that row.
 */
export interface AuditChange {
  before: unknown;
  after: unknown;
  /** Some of the record was left out because it did not change. */
  pruned: boolean;
}

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

/** Items of a list, by id, when every item is an object with a string or number id. */
function byId(list: unknown): Map<string, Plain> | null {
  if (!Array.isArray(list)) return null;
  const out = new Map<string, Plain>();
  for (const item of list) {
    if (!isPlain(item) || (typeof item.id !== "string" && typeof item.id !== "number")) return null;
    out.set(String(item.id), item);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function auditChange(before: unknown, after: unknown): AuditChange {
  if (!isPlain(before) || !isPlain(after)) return { before, after, pruned: false };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const b: Plain = {};
  const a: Plain = {};
  let pruned = false;
  for (const key of keys) {
    const old = before[key];
    const now = after[key];
    if (same(old, now)) {
      pruned = true;
      continue;
    }
    const oldItems = byId(old);
    const newItems = byId(now);
    if (oldItems && newItems) {
      const removedOrChanged = [...oldItems].filter(([id, item]) => !same(item, newItems.get(id))).map(([, item]) => item);
      const addedOrChanged = [...newItems].filter(([id, item]) => !same(item, oldItems.get(id))).map(([, item]) => item);
      if (removedOrChanged.length < oldItems.size || addedOrChanged.length < newItems.size) pruned = true;
      if (key in before) b[key] = removedOrChanged;
      if (key in after) a[key] = addedOrChanged;
      continue;
    }
    if (key in before) b[key] = old;
    if (key in after) a[key] = now;
  }
  return { before: b, after: a, pruned };
}
