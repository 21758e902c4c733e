"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxPickList } from "@/components/ui/checkbox-pick-list";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { recordDecisionAction } from "@/lib/awards/decisions/actions";
import { issuingAuthority } from "@/lib/awards/decisions/official";
import { recordDecisionSchema, type RecordDecisionForm, type RecordDecisionInput } from "@/lib/awards/decisions/schemas";

export interface AwardeeOption {
  id: string;
  name: string;
  /** "Tập thể" / "Cá nhân, Chuyên viên" / … */
  kind: string;
  unitName: string;
  formName: string;
  sessionTitle: string | null;
}

const FIELDS = ["number", "signedOn", "signerName", "signerTitle", "summary", "sessionId", "proposalIds"] as const;

/**
 * "Ghi nhận quyết định khen thưởng": number, signing date, signer, summary, the council session, and
 * the awardees (checkboxes of the approved proposals within the organisation's authority). The
 * server's refusals (number already used, date in the future, an awardee no longer eligible) are
 * shown next to their field; the input stays on screen.
 */
export function DecisionForm({
  campaignId,
  organisationName,
  today,
  defaults,
  sessions,
  candidates,
}: {
  campaignId: string;
  organisationName: string;
  today: string;
  defaults: { signerName: string; signerTitle: string; summary: string; sessionId: string };
  sessions: { id: string; label: string }[];
  candidates: AwardeeOption[];
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const form = useForm<RecordDecisionForm, unknown, RecordDecisionInput>({
    resolver: zodResolver(recordDecisionSchema),
    defaultValues: {
      campaignId,
      number: "",
      signedOn: today,
      signerName: defaults.signerName,
      signerTitle: defaults.signerTitle,
      summary: defaults.summary,
      sessionId: defaults.sessionId,
      proposalIds: [],
    },
  });
  const {
    register,
    handleSubmit,
    control,
    setValue,
    setError: setFieldError,
    formState: { errors },
  } = form;
  const selected = useWatch({ control, name: "proposalIds" }) ?? [];
  const signerTitle = useWatch({ control, name: "signerTitle" });

  // handleSubmit runs per submit (not during render): its handler focuses the error through a ref.
  const submit = (event: FormEvent<HTMLFormElement>) =>
    void handleSubmit((values) => {
      setError(null);
      start(async () => {
        const res = await recordDecisionAction(values);
        if (res.ok) {
          router.push(`/awards/decisions/${res.data.decisionId}?moi=1`);
          return;
        }
        const placed = setServerFieldErrors(setFieldError, res.fieldErrors, { accept: (k) => (FIELDS as readonly string[]).includes(k), focusFirst: true });
        setError(placed ? "Quyết định chưa được ghi nhận: kiểm tra các ô được đánh dấu." : res.error);
        if (!placed) requestAnimationFrame(() => errorRef.current?.focus());
      });
    })(event);

  const err = (k: (typeof FIELDS)[number]) => errors[k]?.message as string | undefined;
  const aria = (k: (typeof FIELDS)[number], hint = false) => ({ "aria-invalid": err(k) ? true : undefined, "aria-describedby": describedBy(k, err(k), hint) });
  const awardeesError = err("proposalIds");

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label="Ghi nhận quyết định khen thưởng">
      <div ref={errorRef} tabIndex={-1} className="outline-none">
        {error && <Alert tone="error">{error}</Alert>}
      </div>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">Quyết định</legend>
        <Field id="number" label="Số, ký hiệu" hint="Ví dụ 125/QĐ-SQHKT; không trùng với quyết định khác của cơ quan." error={err("number")} required>
          <Input id="number" autoComplete="off" {...aria("number", true)} {...register("number")} />
        </Field>
        <Field id="signedOn" label="Ngày ký" hint="Không sau ngày hôm nay." error={err("signedOn")} required>
          <DateInput control={form.control} name="signedOn" id="signedOn" {...aria("signedOn", true)} />
        </Field>
        <Field id="signerName" label="Người ký" error={err("signerName")} required>
          <Input id="signerName" autoComplete="off" {...aria("signerName")} {...register("signerName")} />
        </Field>
        <Field id="signerTitle" label="Chức vụ người ký" hint={`Giấy khen in: “${issuingAuthority(signerTitle || "…", organisationName)}”.`} error={err("signerTitle")} required>
          <Input id="signerTitle" autoComplete="off" {...aria("signerTitle", true)} {...register("signerTitle")} />
        </Field>
        <Field id="summary" label="Trích yếu" error={err("summary")} required className="sm:col-span-2">
          <Textarea id="summary" rows={2} maxLength={1000} {...aria("summary")} {...register("summary")} />
        </Field>
        <Field id="sessionId" label="Phiên họp Hội đồng" hint="Phiên họp đã xét các trường hợp này (không bắt buộc)." error={err("sessionId")} className="sm:col-span-2">
          <Select id="sessionId" {...aria("sessionId", true)} {...register("sessionId")}>
            <option value="">— Không ghi —</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <CheckboxPickList
        name="proposalIds"
        legend="Tập thể, cá nhân được khen thưởng"
        hint={`Các trường hợp Hội đồng đã tán thành, thuộc thẩm quyền của ${organisationName}. Số Giấy khen được đánh theo thứ tự: hình thức khen thưởng, tập thể trước cá nhân, họ tên.`}
        error={awardeesError}
        options={candidates.map((c) => ({ id: c.id, title: c.name, detail: `${c.kind} · ${c.unitName} · ${c.formName}${c.sessionTitle ? ` · ${c.sessionTitle}` : ""}` }))}
        selected={selected}
        onChange={(ids) => setValue("proposalIds", ids, { shouldValidate: !!awardeesError })}
        dataList="awardee-list"
        dataItem="awardee"
      />

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang ghi nhận…" : "Ghi nhận quyết định"}
        </Button>
        <span className="text-sm text-slate-700" aria-live="polite">
          Đã chọn {selected.length}/{candidates.length}
        </span>
      </div>
    </form>
  );
}
