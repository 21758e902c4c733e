import clsx from "clsx";
import type { ReactNode } from "react";

/** The tones' colours are the `badge-<tone>` classes of app/globals.css. */
export type BadgeTone = "gray" | "blue" | "green" | "amber" | "red" | "violet";

export function Badge({ tone = "gray", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={clsx("badge", `badge-${tone}`, className)}>{children}</span>;
}
