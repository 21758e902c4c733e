"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true once the component runs on the client: the
 * "page is interactive" flag (e.g. `data-ready`, enabling buttons that would otherwise submit
 * natively) without setting state in an effect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
