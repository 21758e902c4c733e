import { Badge } from "@/components/ui/badge";

/** "Không đạt tiêu chuẩn bắt buộc" / "Được tiếp nhận có giải trình" next to a nominee. */
export function HardCriterionBadge({ justified }: { justified: boolean }) {
  return justified ? (
    <Badge tone="amber" className="whitespace-nowrap">
      <span aria-hidden="true" className="mr-1">
        !
      </span>
      Được tiếp nhận có giải trình
    </Badge>
  ) : (
    <Badge tone="red" className="whitespace-nowrap">
      <span aria-hidden="true" className="mr-1">
        !
      </span>
      Không đạt tiêu chuẩn bắt buộc
    </Badge>
  );
}
