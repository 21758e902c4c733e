"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { CampaignFormInput } from "@/lib/campaigns/schemas";
import { chronologicalOrder, milestoneOrderProblems } from "@/lib/campaigns/milestone-order";
import { dueAtForBeforeDay, formatDateVN } from "@/lib/time/vn";

/** Warns (without refusing) when a milestone's date is earlier than one listed above it; offers to sort by date. */
export function MilestoneOrderWarning({ move }: { move: (from: number, to: number) => void }) {
  const { control } = useFormContext<CampaignFormInput>();
  const milestones = useWatch({ control, name: "milestones" }) ?? [];
  const days = milestones.map((m) => m?.beforeDay);
  const problems = milestoneOrderProblems(days);
  if (!problems.length) return null;
  const show = (i: number) => `Mốc ${i + 1} (trước ngày ${formatDateVN(dueAtForBeforeDay(days[i]!))})`;

  function sortByDate() {
    // Apply the permutation with moves, so react-hook-form keeps each milestone's own fields (and id).
    const order = chronologicalOrder(days);
    const current = days.map((_, i) => i);
    order.forEach((wanted, target) => {
      const from = current.indexOf(wanted);
      if (from !== target) {
        move(from, target);
        current.splice(target, 0, current.splice(from, 1)[0]);
      }
    });
  }

  return (
    <div role="status" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-semibold">Các mốc chưa theo thứ tự thời gian.</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p.index}>
            {show(p.index)} sớm hơn {show(p.afterIndex)} ở phía trên.
          </li>
        ))}
      </ul>
      <p className="mt-1">Kiểm tra lại ngày, hoặc sắp xếp các mốc theo ngày. Kế hoạch vẫn lưu được nếu thứ tự này là chủ ý.</p>
      <Button type="button" variant="secondary" className="mt-2" onClick={sortByDate}>
        Sắp xếp các mốc theo ngày
      </Button>
    </div>
  );
}
