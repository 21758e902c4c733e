"use client";

import { useEffect, useState } from "react";
import type { PortalFacts } from "@/lib/awards/criteria";
import { previewNomineeFactsAction } from "@/lib/awards/proposals/actions";

export type NomineeType = "INDIVIDUAL" | "COLLECTIVE" | "CITIZEN";

/**
 * The portal's facts about the nominee being chosen (initiatives registered, completed, recognised;
 * reports on time), fetched again whenever the choice changes; none for a citizen or business.
 */
export function useNomineeFacts({
  campaignId,
  unitId,
  nomineeType,
  nomineeUnitId,
  nomineeUserId,
  initialFacts,
}: {
  campaignId: string;
  unitId: string;
  nomineeType: NomineeType;
  nomineeUnitId: string | null | undefined;
  nomineeUserId: string | null | undefined;
  initialFacts: PortalFacts | null;
}) {
  const nomineeKey = `${nomineeType}|${nomineeUnitId ?? ""}|${nomineeUserId ?? ""}`;
  const chosen = nomineeType === "COLLECTIVE" ? nomineeUnitId : nomineeType === "INDIVIDUAL" ? nomineeUserId : null;
  // The page's facts hold for the nominee it was rendered with, until the choice first changes.
  const [initialKey, setInitialKey] = useState<string | null>(nomineeKey);
  if (initialKey !== null && initialKey !== nomineeKey) setInitialKey(null);
  const needsFetch = nomineeType !== "CITIZEN" && !!chosen && initialKey !== nomineeKey;
  // The last answer of the server, for the nominee it was asked about.
  const [result, setResult] = useState<{ key: string; facts: PortalFacts | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (!needsFetch || !chosen) return;
    let stale = false;
    previewNomineeFactsAction({
      campaignId,
      unitId,
      nomineeType,
      nomineeUnitId: nomineeType === "COLLECTIVE" ? chosen : null,
      nomineeUserId: nomineeType === "INDIVIDUAL" ? chosen : null,
    })
      .then((res) => {
        if (stale) return;
        setResult(res.ok ? { key: nomineeKey, facts: res.data.facts, failed: false } : { key: nomineeKey, facts: null, failed: true });
      })
      .catch(() => {
        if (!stale) setResult((prev) => ({ key: nomineeKey, facts: prev?.facts ?? null, failed: true }));
      });
    return () => {
      stale = true;
    };
  }, [needsFetch, nomineeKey, campaignId, unitId, nomineeType, chosen]);

  let facts: PortalFacts | null;
  let factsState: "idle" | "loading" | "error";
  if (nomineeType === "CITIZEN" || !chosen) {
    facts = initialKey === nomineeKey ? initialFacts : null;
    factsState = "idle";
  } else if (initialKey === nomineeKey) {
    facts = initialFacts;
    factsState = "idle";
  } else if (result?.key === nomineeKey) {
    facts = result.facts;
    factsState = result.failed ? "error" : "idle";
  } else {
    facts = result ? result.facts : null;
    factsState = "loading";
  }
  return { facts, factsState };
}
