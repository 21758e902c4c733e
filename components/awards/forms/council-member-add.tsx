"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { POSITION_LABELS } from "@/lib/awards/labels";
import { addCouncilMemberAction } from "@/lib/council/members/actions";
import type { CouncilCandidate } from "@/lib/council/members/queries";
import { addCouncilMemberSchema, foldVietnamese, type AddCouncilMemberInput, type AddCouncilMemberValues } from "@/lib/council/members/schemas";
import type { CouncilPosition } from "@/lib/generated/prisma/enums";

const POSITIONS = Object.keys(POSITION_LABELS) as CouncilPosition[];
const SHOWN = 200;

/** Adds a person of the organisation (searchable list, diacritics optional) with a position. */
export function CouncilMemberAdd({ organisationUnitId, candidates, truncated }: { organisationUnitId: string; candidates: CouncilCandidate[]; truncated: boolean }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<AddCouncilMemberInput, unknown, AddCouncilMemberValues>({
    resolver: zodResolver(addCouncilMemberSchema),
    defaultValues: { organisationUnitId, userId: "", position: "MEMBER" },
  });
  const selected = useWatch({ control, name: "userId" });
  const indexed = useMemo(() => candidates.map((c) => ({ c, key: foldVietnamese(`${c.fullName} ${c.username} ${c.unitName} ${c.jobTitle ?? ""}`) })), [candidates]);
  const matches = useMemo(() => {
    const words = foldVietnamese(query).split(" ").filter(Boolean);
    const found = words.length ? indexed.filter((x) => words.every((w) => x.key.includes(w))) : indexed;
    return found.map((x) => x.c);
  }, [indexed, query]);
  const shown = matches.slice(0, SHOWN);
  // Keep the chosen person visible even when the search no longer matches them.
  const chosen = candidates.find((c) => c.id === selected);
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await addCouncilMemberAction(values);
    if (res.ok) {
      const name = candidates.find((c) => c.id === values.userId)?.fullName ?? "";
      setResult({ ok: true, text: `Đã thêm ${name} vào Hội đồng (${POSITION_LABELS[values.position]}).` });
      reset({ organisationUnitId, userId: "", position: "MEMBER" });
      setQuery("");
      router.refresh();
      return;
    }
    setServerFieldErrors(setError, res.fieldErrors, { focusFirst: true });
    if (!res.fieldErrors || Object.keys(res.fieldErrors).length === 0) setResult({ ok: false, text: res.error });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Thêm thành viên Hội đồng" className="flex flex-col gap-3">
      <input type="hidden" {...register("organisationUnitId")} />
      <Field
        id="member-search"
        label="Tìm người"
        hint={`Gõ họ tên, tên đăng nhập hoặc đơn vị (có thể gõ không dấu). ${matches.length} người phù hợp${matches.length > SHOWN ? `, hiện ${SHOWN} người đầu` : ""}.`}
      >
        <Input
          id="member-search"
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the search box does not submit: it moves to the list of matches.
            if (e.key === "Enter") {
              e.preventDefault();
              document.getElementById("userId")?.focus();
            }
          }}
          aria-describedby="member-search-hint"
          aria-controls="userId"
        />
      </Field>
      <Field id="userId" label="Người được bổ sung" required error={errors.userId?.message}>
        <Select id="userId" size={6} className="min-h-32" aria-invalid={!!errors.userId} aria-describedby={describedBy("userId", errors.userId?.message)} {...register("userId")}>
          {shown.length === 0 && (
            <option value="" disabled>
              Không có ai phù hợp
            </option>
          )}
          {shown.map((c) => (
            <option key={c.id} value={c.id}>
              {c.fullName} ({c.username}) – {c.unitName}
            </option>
          ))}
        </Select>
      </Field>
      {truncated && <p className="text-xs text-slate-600">Danh sách chỉ gồm một phần người dùng của cơ quan; hãy gõ để tìm chính xác hơn.</p>}
      <div className="flex flex-wrap items-end gap-3">
        <Field id="position" label="Chức danh trong Hội đồng" required error={errors.position?.message} className="w-60">
          <Select id="position" aria-invalid={!!errors.position} aria-describedby={describedBy("position", errors.position?.message)} {...register("position")}>
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {POSITION_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang thêm…" : "Thêm vào Hội đồng"}
        </Button>
      </div>
      {result && <Alert tone={result.ok ? "success" : "error"} title={result.text} />}
    </form>
  );
}
