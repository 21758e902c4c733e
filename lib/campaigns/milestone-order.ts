/**
 * A plan lists its milestones in the order the units meet them (register, report mid-term, report
 * final, propose awards). One whose date is earlier than a milestone above it is almost always a
 * typing mistake (2022 for 2023, or a row added at the end): the form warns, and offers to sort by
 * date, but does not refuse — an office may list a milestone out of order on purpose.
 * Days are "yyyy-MM-dd" strings (the form's values); empty or invalid days are skipped.
 */
export interface MilestoneOrderProblem {
  /** 0-based index of the milestone that comes too early for its place… */
  index: number;
  /** …and of the latest milestone above it. */
  afterIndex: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function milestoneOrderProblems(days: readonly (string | undefined | null)[]): MilestoneOrderProblem[] {
  const out: MilestoneOrderProblem[] = [];
  let latest: { day: string; index: number } | null = null;
  days.forEach((day, index) => {
    if (!day || !DAY.test(day)) return;
    if (latest && day < latest.day) out.push({ index, afterIndex: latest.index });
    else latest = { day, index };
  });
  return out;
}

/** The order that sorts the milestones by date (stable; undated ones keep their place at the end). */
export function chronologicalOrder(days: readonly (string | undefined | null)[]): number[] {
  return days
    .map((day, index) => ({ day: day && DAY.test(day) ? day : "9999-99-99", index }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.index - b.index))
    .map((x) => x.index);
}
