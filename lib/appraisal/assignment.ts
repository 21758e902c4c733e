/**
 * Automatic assignment of evaluators to the initiatives of an appraisal round.
 *
 * Rules (issue 12): each initiative gets `perItem` evaluators; an evaluator never gets an initiative
 * of a unit they belong to or of a unit below it (their unit's path is a prefix of the initiative
 * unit's path); declared conflicts exclude the pair; loads differ by at most one whenever the
 * exclusions allow it. Deterministic: the same input gives the same assignment (ties broken by the
 * order of the evaluators given, which callers sort by name).
 */
export interface AssignableItem {
  id: string;
  /** Materialised path of the initiative's unit ("/hcm/sqhkt/qhkv1/"). */
  unitPath: string;
}

export interface Evaluator {
  id: string;
  /** Paths of the units the evaluator belongs to (home unit and units of their roles). */
  unitPaths: readonly string[];
}

export interface AssignmentInput {
  items: readonly AssignableItem[];
  evaluators: readonly Evaluator[];
  perItem: number;
  /** Pairs that must not be assigned ("itemId evaluatorId"), e.g. declared conflicts. */
  excluded?: ReadonlySet<string>;
  /** Pairs to keep (hand-made, or already scored); counted in the loads, never moved. */
  fixed?: readonly { itemId: string; evaluatorId: string }[];
}

export interface AssignmentResult {
  pairs: { itemId: string; evaluatorId: string }[];
  /** Items that could not get `perItem` evaluators (too few eligible), with how many they miss. */
  shortfalls: { itemId: string; missing: number }[];
  loads: Map<string, number>;
}

export const pairKey = (itemId: string, evaluatorId: string) => `${itemId} ${evaluatorId}`;

/**
 * The units that make an initiative an evaluator's own: their home unit and the units of their roles,
 * except the campaign's issuing unit and the units above it. A member sitting at the issuing level (the
 * Sở's leadership on the Sở's Steering Committee) appraises the whole campaign: that is the panel's job;
 * a member from an office never appraises that office's (or its sub-units') initiatives.
 */
export function conflictUnitPaths(paths: readonly string[], issuingUnitPath: string): string[] {
  return [...new Set(paths)].filter((p) => !issuingUnitPath.startsWith(p));
}

/** True when the evaluator belongs to the initiative's unit or to a unit above it. */
export function isOwnOrBelow(evaluator: Pick<Evaluator, "unitPaths">, itemUnitPath: string): boolean {
  return evaluator.unitPaths.some((p) => itemUnitPath.startsWith(p));
}

export function assignEvaluators(input: AssignmentInput): AssignmentResult {
  const { items, evaluators, perItem } = input;
  const excluded = input.excluded ?? new Set<string>();
  const order = new Map(evaluators.map((e, i) => [e.id, i]));
  const loads = new Map(evaluators.map((e) => [e.id, 0]));
  const byItem = new Map(items.map((it) => [it.id, new Set<string>()]));
  const fixedKeys = new Set<string>();
  for (const f of input.fixed ?? []) {
    if (!byItem.has(f.itemId) || !loads.has(f.evaluatorId)) continue;
    byItem.get(f.itemId)!.add(f.evaluatorId);
    loads.set(f.evaluatorId, loads.get(f.evaluatorId)! + 1);
    fixedKeys.add(pairKey(f.itemId, f.evaluatorId));
  }

  const eligible = new Map<string, string[]>();
  for (const it of items) {
    eligible.set(
      it.id,
      evaluators.filter((e) => !isOwnOrBelow(e, it.unitPath) && !excluded.has(pairKey(it.id, e.id))).map((e) => e.id),
    );
  }

  // Most constrained first, so that items with few eligible evaluators are served before the loads fill up.
  const queue = [...items].sort((a, b) => eligible.get(a.id)!.length - eligible.get(b.id)!.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lighter = (a: string, b: string) => loads.get(a)! - loads.get(b)! || order.get(a)! - order.get(b)!;
  for (const it of queue) {
    const taken = byItem.get(it.id)!;
    const candidates = eligible.get(it.id)!.filter((e) => !taken.has(e));
    while (taken.size < perItem && candidates.length) {
      candidates.sort(lighter);
      const pick = candidates.shift()!;
      taken.add(pick);
      loads.set(pick, loads.get(pick)! + 1);
    }
  }

  // Even out: move a (non-fixed) pair from the most loaded evaluator to the least loaded one who may take it.
  for (let guard = 0; guard < items.length * perItem * 2; guard++) {
    const sorted = evaluators.map((e) => e.id).sort(lighter);
    if (sorted.length < 2) break;
    let moved = false;
    outer: for (let hi = sorted.length - 1; hi > 0 && !moved; hi--) {
      const heavy = sorted[hi];
      for (let lo = 0; lo < hi; lo++) {
        const light = sorted[lo];
        if (loads.get(heavy)! - loads.get(light)! <= 1) break;
        for (const it of items) {
          const taken = byItem.get(it.id)!;
          if (!taken.has(heavy) || taken.has(light) || fixedKeys.has(pairKey(it.id, heavy))) continue;
          if (!eligible.get(it.id)!.includes(light)) continue;
          taken.delete(heavy);
          taken.add(light);
          loads.set(heavy, loads.get(heavy)! - 1);
          loads.set(light, loads.get(light)! + 1);
          moved = true;
          break outer;
        }
      }
    }
    if (!moved) break;
  }

  const pairs: AssignmentResult["pairs"] = [];
  const shortfalls: AssignmentResult["shortfalls"] = [];
  for (const it of items) {
    const taken = byItem.get(it.id)!;
    for (const e of [...taken].sort((a, b) => order.get(a)! - order.get(b)!)) pairs.push({ itemId: it.id, evaluatorId: e });
    if (taken.size < perItem) shortfalls.push({ itemId: it.id, missing: perItem - taken.size });
  }
  return { pairs, shortfalls, loads };
}
