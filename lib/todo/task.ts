import type { BadgeTone } from "@/components/ui/badge";

/** A piece of work on "Việc cần làm" outside the milestones (issue 13: survey reports, replication). */
export interface PortalTask {
  key: string;
  kind: string;
  title: string;
  lines: string[];
  dueAt: Date | null;
  dueLabel: string;
  badge: { label: string; tone: BadgeTone };
  href: string;
  actionLabel: string;
}
