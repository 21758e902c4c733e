"use client";

import type { ReactNode } from "react";

/** Module-level, so React calls it when the message appears (mounts), not on every re-render. */
const focusWhenShown = (box: HTMLDivElement | null) => box?.focus();

/**
 * A message that appears after an action (a submission's confirmation): it takes the focus when it is
 * shown, so it is scrolled into view (below the page's facts on a phone) and read out.
 */
export function ShownMessage({ children }: { children: ReactNode }) {
  return (
    <div ref={focusWhenShown} tabIndex={-1} className="mb-4 scroll-mt-4 focus:outline-none">
      {children}
    </div>
  );
}
