import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Input, Select } from "@/components/ui/field";
import { hasActiveFilters, LEVELS, MAX_SEARCH_LENGTH, type ConsolidatedStatus, type InitiativeFilters } from "@/lib/consolidation/filters";
import { LEVEL_LABELS } from "@/lib/registrations/labels";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";

/** A GET form: the filters stay in the URL (shareable, back button, export link). */
export function InitiativeFiltersForm({
  action,
  filters,
  units,
  selectedUnit,
  fields,
  statuses,
  showForwarded = false,
}: {
  action: string;
  filters: InitiativeFilters;
  /** null: too many units for a list, the form offers a name search instead */
  units: { id: string; name: string }[] | null;
  selectedUnit?: { id: string; name: string } | null;
  fields: { id: string; name: string; sortOrder: number }[];
  statuses: readonly ConsolidatedStatus[];
  /** Offer "Chỉ nội dung do cấp dưới gửi lên" (the campaign has initiatives forwarded from a lower campaign). */
  showForwarded?: boolean;
}) {
  return (
    <form method="get" action={action} role="search" aria-label="Lọc danh sách" className="mb-4 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-3">
          <label htmlFor="f-q" className="text-sm font-medium">
            Tìm trong nội dung đăng ký
          </label>
          <Input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={MAX_SEARCH_LENGTH} placeholder="Ví dụ: số hóa hồ sơ (gõ có dấu hay không dấu đều được)" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-field" className="text-sm font-medium">
            Lĩnh vực
          </label>
          <Select id="f-field" name="field" defaultValue={filters.fieldId ?? ""}>
            <option value="">Tất cả lĩnh vực</option>
            {fields.map((f, i) => (
              <option key={f.id} value={f.id}>
                {i + 1}. {f.name}
              </option>
            ))}
          </Select>
        </div>
        {units ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="f-unit" className="text-sm font-medium">
              Đơn vị
            </label>
            <Combobox
              id="f-unit"
              name="unit"
              defaultValue={filters.unitId ?? ""}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              emptyLabel="Tất cả đơn vị"
              searchLabel="Tìm đơn vị (gõ không dấu cũng được)"
              notFoundText="Không tìm thấy đơn vị."
            />
          </div>
        ) : (
          <div className="flex flex-col gap-1">
            <label htmlFor="f-unitq" className="text-sm font-medium">
              Tên đơn vị có chứa
            </label>
            <Input id="f-unitq" name="unitq" type="search" defaultValue={filters.unitQuery ?? ""} maxLength={MAX_SEARCH_LENGTH} placeholder="Ví dụ: phường, Sở Xây dựng" />
            {selectedUnit && (
              <div className="flex items-center gap-2 text-sm">
                <input id="f-unit" name="unit" type="checkbox" value={selectedUnit.id} defaultChecked className="h-4 w-4 accent-brand-700" />
                <label htmlFor="f-unit">Chỉ đơn vị: {selectedUnit.name}</label>
              </div>
            )}
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="f-level" className="text-sm font-medium">
            Cấp đăng ký
          </label>
          <Select id="f-level" name="level" defaultValue={filters.level ?? ""}>
            <option value="">Tất cả các cấp</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-status" className="text-sm font-medium">
            Tình trạng biểu mẫu
          </label>
          <Select id="f-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Tất cả ({statuses.map((s) => SUBMISSION_STATUS_LABELS[s].toLowerCase()).join(", ")})</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {SUBMISSION_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex items-center gap-2 self-end py-2">
          <input id="f-typical" name="typical" type="checkbox" value="1" defaultChecked={filters.typicalOnly} className="h-5 w-5 accent-brand-700" />
          <label htmlFor="f-typical" className="text-sm font-medium">
            Chỉ mô hình, giải pháp, sáng kiến tiêu biểu
          </label>
        </div>
        {(showForwarded || filters.forwardedOnly) && (
          <div className="flex items-center gap-2 self-end py-2">
            <input id="f-forwarded" name="forwarded" type="checkbox" value="1" defaultChecked={!!filters.forwardedOnly} className="h-5 w-5 accent-brand-700" />
            <label htmlFor="f-forwarded" className="text-sm font-medium">
              Chỉ nội dung do cấp dưới gửi lên
            </label>
          </div>
        )}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          Lọc
        </button>
        {hasActiveFilters(filters) && (
          <Link href={action} className="text-sm text-brand-700 underline">
            Bỏ lọc
          </Link>
        )}
      </div>
    </form>
  );
}
