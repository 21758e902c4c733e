"use client";

import { useEffect, useRef, useState } from "react";
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
  const [facts, setFacts] = useState<PortalFacts | null>(initialFacts);
  const [factsState, setFactsState] = useState<"idle" | "loading" | "error">("idle");
  const nomineeKey = `${nomineeType}|${nomineeUnitId ?? ""}|${nomineeUserId ?? ""}`;
  const firstKey = useRef(nomineeKey);
  useEffect(() => {
    if (nomineeKey === firstKey.current) return;
    firstKey.current = "";
    const chosen = nomineeType === "COLLECTIVE" ? nomineeUnitId : nomineeType === "INDIVIDUAL" ? nomineeUserId : null;
    if (nomineeType === "CITIZEN" || !chosen) {
      setFacts(null);
      setFactsState("idle");
      return;
    }
    let stale = false;
    setFactsState("loading");
    previewNomineeFactsAction({
      campaignId,
      unitId,
      nomineeType,
      nomineeUnitId: nomineeType === "COLLECTIVE" ? chosen : null,
      nomineeUserId: nomineeType === "INDIVIDUAL" ? chosen : null,
    })
      .then((res) => {
        if (stale) return;
        if (res.ok) {
          setFacts(res.data.facts);
          setFactsState("idle");
        } else {
          setFacts(null);
          setFactsState("error");
        }
      })
      .catch(() => !stale && setFactsState("error"));
    return () => {
      stale = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nomineeKey]);
  return { facts, factsState };
}
