"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { evaluateCriteria, RATING_LABELS, type PortalFacts } from "@/lib/awards/criteria";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import { deleteProposalDraftAction, previewNomineeFactsAction, saveProposalDraftAction, submitProposalAction } from "@/lib/awards/proposals/actions";
import type { AvailableForm, NomineeOptions } from "@/lib/awards/proposals/context";
import type { EditorValues } from "@/lib/awards/proposals/queries";
import { criteriaFor } from "@/lib/awards/proposals/rules";
import { ACHIEVEMENTS_MAX, proposalFormSchema, RATINGS, type ProposalForm, type ProposalFormInput } from "@/lib/awards/proposals/schemas";
import { describeRule } from "@/lib/council/rules";
import { CriteriaChecklist } from "./proposal-criteria";

export interface ProposalEditorProps {
  values: EditorValues;
  forms: AvailableForm[];
  nominees: NomineeOptions;
  initialFacts: PortalFacts | null;
  /** The user is a head of the unit (may confirm and submit). */
  canSubmit: boolean;
  /** Never submitted: the draft can be deleted. */
  deletable: boolean;
  unitName: string;
  listHref: string;
  /** The dossier's documents (server-rendered), shown once the proposal exists. */
  documents?: ReactNode;
  deadlineText: string | null;
  deadlinePassed: boolean;
}

const NOMINEE_ORDER = ["INDIVIDUAL", "COLLECTIVE", "CITIZEN"] as const;

/**
 * The unit's award proposal: the nominee (a person or a collective of the unit, or a citizen or
 * business), the award form, the achievements, the unit's declarations and the criteria checklist
 * evaluated live (the portal's facts about the chosen nominee, fetched when the choice changes). The
 * head confirms and submits; staff save drafts. Every choice is checked again on the server.
 */
export function ProposalEditor(props: ProposalEditorProps) {
  const router = useRouter();
  const ids = useRef({ proposalId: props.values.proposalId, lockVersion: props.values.lockVersion });
  const [busy, setBusy] = useState<null | "save" | "submit" | "delete">(null);
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; title?: string; text: string } | null>(null);
  const [facts, setFacts] = useState<PortalFacts | null>(props.initialFacts);
  const [factsState, setFactsState] = useState<"idle" | "loading" | "error">("idle");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [nomineeProblem, setNomineeProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const uid = useId();
  const id = (k: string) => `${uid}-${k}`;

  const form = useForm<ProposalFormInput, unknown, ProposalForm>({
    resolver: zodResolver(proposalFormSchema),
    defaultValues: props.values,
    mode: "onSubmit",
  });
  const { register, control, setValue, formState, setError, clearErrors, getValues, handleSubmit } = form;
  const errors = formState.errors as Record<string, { message?: string } | undefined> & { answers?: Record<string, { message?: string }> };
  const w = useWatch({ control });
  const nomineeType = (w.nomineeType ?? "INDIVIDUAL") as (typeof NOMINEE_ORDER)[number];

  const formsForType = useMemo(() => props.forms.filter((f) => f.recipientTypes.includes(nomineeType)), [props.forms, nomineeType]);
  const chosenForm = props.forms.find((f) => f.id === w.awardFormId) ?? null;
  const formFits = !!chosenForm && chosenForm.recipientTypes.includes(nomineeType);
  const criteria = useMemo(() => (chosenForm && formFits ? criteriaFor(chosenForm, nomineeType) : []), [chosenForm, formFits, nomineeType]);
  const declared = criteria.filter((c) => c.kind === "DECLARED");
  const answers = (w.answers ?? {}) as Record<string, boolean | undefined>;
  const results = useMemo(
    () =>
      evaluateCriteria(criteria, nomineeType === "CITIZEN" ? null : facts, {
        rating: (w.declaredRating ?? null) as ProposalForm["declaredRating"],
        noDiscipline: w.declaredNoDiscipline ?? null,
        answers,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [criteria, facts, nomineeType, w.declaredRating, w.declaredNoDiscipline, JSON.stringify(answers)],
  );

  // The portal's facts follow the nominee being chosen.
  const nomineeKey = `${nomineeType}|${w.nomineeUnitId ?? ""}|${w.nomineeUserId ?? ""}`;
  const firstKey = useRef(nomineeKey);
  useEffect(() => {
    if (nomineeKey === firstKey.current) return;
    firstKey.current = "";
    const chosen = nomineeType === "COLLECTIVE" ? w.nomineeUnitId : nomineeType === "INDIVIDUAL" ? w.nomineeUserId : null;
    if (nomineeType === "CITIZEN" || !chosen) {
      setFacts(null);
      setFactsState("idle");
      return;
    }
    let stale = false;
    setFactsState("loading");
    previewNomineeFactsAction({
      campaignId: props.values.campaignId,
      unitId: props.values.unitId,
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

  // A form that does not take the chosen kind of nominee is cleared.
  useEffect(() => {
    if (w.awardFormId && chosenForm && !chosenForm.recipientTypes.includes(nomineeType)) setValue("awardFormId", "");
  }, [nomineeType, w.awardFormId, chosenForm, setValue]);

  function payload(confirmed: boolean): ProposalFormInput {
    const v = getValues();
    const keep = new Set(declared.map((c) => c.id));
    const a: Record<string, boolean> = {};
    for (const [k, val] of Object.entries(v.answers ?? {})) if (keep.has(k) && typeof val === "boolean") a[k] = val;
    return {
      ...v,
      proposalId: ids.current.proposalId,
      lockVersion: ids.current.lockVersion,
      nomineeUnitId: v.nomineeType === "COLLECTIVE" ? v.nomineeUnitId || null : null,
      nomineeUserId: v.nomineeType === "INDIVIDUAL" ? v.nomineeUserId || null : null,
      nomineeName: v.nomineeType === "CITIZEN" ? v.nomineeName : "",
      nomineeIsBusiness: v.nomineeType === "CITIZEN" ? v.nomineeIsBusiness : false,
      answers: a,
      confirmed,
    };
  }

  function showFailure(res: { error: string; code: string; fieldErrors?: Record<string, string> }) {
    setServerFieldErrors(setError, res.fieldErrors, { accept: (k) => k !== "documents" && k !== "nominee" && k !== "_form", focusFirst: true });
    setNomineeProblem(res.fieldErrors?.nominee ?? null);
    setMessage({ tone: res.code === "CONFLICT" ? "warning" : "error", title: res.code === "CONFLICT" ? "Chưa lưu được" : undefined, text: res.error });
  }

  async function save() {
    setMessage(null);
    setNomineeProblem(null);
    clearErrors();
    setBusy("save");
    const res = await saveProposalDraftAction(payload(false)).catch(() => ({ ok: false as const, code: "RULE", error: "Không lưu được (mất kết nối). Vui lòng thử lại." }));
    setBusy(null);
    if (!res.ok) return showFailure(res);
    const created = !ids.current.proposalId;
    ids.current = { proposalId: res.data.proposalId, lockVersion: res.data.lockVersion };
    if (created) {
      router.push(`/awards/proposals/${res.data.proposalId}?moi=1`);
      return;
    }
    setMessage({ tone: "success", text: res.message ?? "Đã lưu nháp." });
    router.refresh();
  }

  async function submit() {
    setMessage(null);
    setNomineeProblem(null);
    clearErrors();
    if (getValues("confirmed") !== true) {
      setError("confirmed", { type: "manual", message: "Vui lòng đánh dấu xác nhận của trưởng đơn vị trước khi nộp." }, { shouldFocus: true });
      return;
    }
    setBusy("submit");
    const res = await submitProposalAction(payload(true)).catch(() => ({ ok: false as const, code: "RULE", error: "Không nộp được (mất kết nối). Vui lòng thử lại." }));
    setBusy(null);
    if (!res.ok) return showFailure(res);
    router.push(`/awards/proposals/${res.data.proposalId}?nop=${res.data.versionNo}`);
    router.refresh();
  }

  async function remove() {
    if (!ids.current.proposalId) return;
    setBusy("delete");
    const res = await deleteProposalDraftAction({ proposalId: ids.current.proposalId, lockVersion: ids.current.lockVersion }).catch(() => ({
      ok: false as const,
      code: "RULE",
      error: "Không xoá được (mất kết nối). Vui lòng thử lại.",
    }));
    setBusy(null);
    if (!res.ok) return showFailure(res);
    router.push(props.listHref);
    router.refresh();
  }

  const nomineeErr = errors.nomineeUnitId?.message ?? errors.nomineeUserId?.message ?? errors.nomineeName?.message;
  const rule = chosenForm ? describeRule(chosenForm.rule) : null;

  return (
    <form
      noValidate
      method="post"
      onSubmit={handleSubmit(() => save())}
      aria-label="Đề nghị khen thưởng"
      className="flex flex-col gap-6"
      data-testid="proposal-editor"
      data-ready={ready ? "" : undefined}
    >
      <fieldset className="rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-slate-900">Đối tượng đề nghị</legend>
        <div role="radiogroup" aria-label="Loại đối tượng" className="mb-3 flex flex-wrap gap-x-6 gap-y-2">
          {NOMINEE_ORDER.map((t) => (
            <label key={t} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" value={t} defaultChecked={props.values.nomineeType === t} {...register("nomineeType")} className="h-4 w-4" />
              {NOMINEE_TYPE_LABELS[t]}
            </label>
          ))}
        </div>
        {nomineeType === "INDIVIDUAL" && (
          <div className="grid gap-3 md:grid-cols-2">
            <Field id={id("user")} label="Cá nhân" required error={errors.nomineeUserId?.message} hint={`Cán bộ của ${props.unitName} hoặc đơn vị trực thuộc.`}>
              <Select id={id("user")} defaultValue={props.values.nomineeUserId ?? ""} {...register("nomineeUserId", { setValueAs: (v) => v || null })} aria-invalid={!!errors.nomineeUserId} aria-describedby={describedBy(id("user"), errors.nomineeUserId?.message, true)}>
                <option value="">— Chọn cá nhân —</option>
                {props.nominees.users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.fullName}
                    {u.jobTitle ? ` – ${u.jobTitle}` : ""} ({u.unitName})
                  </option>
                ))}
              </Select>
            </Field>
            <Field id={id("detail")} label="Chức vụ ghi trên hồ sơ (không bắt buộc)" error={errors.nomineeDetail?.message} hint="Để trống: lấy chức danh trong tài khoản.">
              <Input id={id("detail")} maxLength={500} defaultValue={props.values.nomineeDetail} {...register("nomineeDetail")} />
            </Field>
          </div>
        )}
        {nomineeType === "COLLECTIVE" && (
          <Field id={id("unit")} label="Tập thể" required error={errors.nomineeUnitId?.message} hint={`${props.unitName} hoặc đơn vị trực thuộc.`}>
            <Select id={id("unit")} defaultValue={props.values.nomineeUnitId ?? ""} {...register("nomineeUnitId", { setValueAs: (v) => v || null })} aria-invalid={!!errors.nomineeUnitId} aria-describedby={describedBy(id("unit"), errors.nomineeUnitId?.message, true)}>
              <option value="">— Chọn tập thể —</option>
              {props.nominees.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {nomineeType === "CITIZEN" && (
          <div className="grid gap-3 md:grid-cols-2">
            <Field id={id("cname")} label="Họ tên người dân hoặc tên doanh nghiệp" required error={errors.nomineeName?.message}>
              <Input id={id("cname")} maxLength={255} defaultValue={props.values.nomineeName} {...register("nomineeName")} aria-invalid={!!errors.nomineeName} aria-describedby={describedBy(id("cname"), errors.nomineeName?.message)} />
            </Field>
            <Field id={id("cdetail")} label="Địa chỉ, nghề nghiệp hoặc người đại diện" error={errors.nomineeDetail?.message}>
              <Input id={id("cdetail")} maxLength={500} defaultValue={props.values.nomineeDetail} {...register("nomineeDetail")} />
            </Field>
            <label className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" defaultChecked={props.values.nomineeIsBusiness} {...register("nomineeIsBusiness")} className="h-4 w-4" />
              Là doanh nghiệp, tổ chức
            </label>
          </div>
        )}
        {nomineeErr === undefined && nomineeProblem && (
          <p className="mt-2 text-sm text-red-700" data-field-error>
            {nomineeProblem}
          </p>
        )}
      </fieldset>

      <fieldset className="rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-slate-900">Hình thức khen thưởng</legend>
        <Field
          id={id("form")}
          label="Hình thức"
          required
          error={errors.awardFormId?.message}
          hint={formsForType.length === 0 ? "Kế hoạch chưa có hình thức khen thưởng nào dành cho loại đối tượng này." : "Hình thức của cơ quan ban hành kế hoạch và của cấp trên."}
        >
          <Select id={id("form")} defaultValue={props.values.awardFormId} {...register("awardFormId")} aria-invalid={!!errors.awardFormId} aria-describedby={describedBy(id("form"), errors.awardFormId?.message, true)}>
            <option value="">— Chọn hình thức khen thưởng —</option>
            {formsForType.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
                {f.withinAuthority ? "" : ` (${f.organisationName})`}
              </option>
            ))}
          </Select>
        </Field>
        {chosenForm && formFits && rule && (
          <div className="mt-2 text-sm text-slate-700" data-testid="form-rule">
            <p>
              Của {chosenForm.organisationName}{" "}
              {chosenForm.withinAuthority ? <Badge tone="green">Thuộc thẩm quyền</Badge> : <Badge tone="violet">Vượt thẩm quyền: Hội đồng xét rồi trình cấp trên</Badge>}
            </p>
            <p className="mt-1">
              Hội đồng biểu quyết: có mặt {rule.quorum}; {rule.threshold}.
            </p>
            {chosenForm.description && <p className="mt-1">{chosenForm.description}</p>}
          </div>
        )}
      </fieldset>

      <fieldset className="rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-slate-900">Thành tích</legend>
        <Field id={id("ach")} label="Tóm tắt thành tích" required error={errors.achievements?.message} hint={`Thành tích nổi bật trong năm; mỗi ý một dòng. Tối đa ${ACHIEVEMENTS_MAX.toLocaleString("vi-VN")} ký tự.`}>
          <Textarea id={id("ach")} rows={6} defaultValue={props.values.achievements} {...register("achievements")} aria-invalid={!!errors.achievements} aria-describedby={describedBy(id("ach"), errors.achievements?.message, true)} />
        </Field>
      </fieldset>

      <fieldset className="rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-slate-900">Đơn vị kê khai, xác nhận</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={id("rating")} label="Xếp loại chất lượng trong năm" error={errors.declaredRating?.message}>
            <Select
              id={id("rating")}
              defaultValue={props.values.declaredRating ?? ""}
              {...register("declaredRating", { setValueAs: (v) => (v ? v : null) })}
              aria-invalid={!!errors.declaredRating}
              aria-describedby={describedBy(id("rating"), errors.declaredRating?.message)}
            >
              <option value="">— Chưa kê khai —</option>
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {RATING_LABELS[r]}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset aria-describedby={errors.declaredNoDiscipline ? id("disc-error") : undefined}>
            <legend className="text-sm font-medium text-slate-900">Kỷ luật trong năm</legend>
            <div className="mt-1 flex flex-wrap gap-x-6">
              <label className="inline-flex min-h-10 items-center gap-2 text-sm">
                <input type="radio" name="declaredNoDiscipline" checked={w.declaredNoDiscipline === true} onChange={() => setValue("declaredNoDiscipline", true, { shouldDirty: true })} className="h-4 w-4" />
                Không bị xử lý kỷ luật
              </label>
              <label className="inline-flex min-h-10 items-center gap-2 text-sm">
                <input type="radio" name="declaredNoDiscipline" checked={w.declaredNoDiscipline === false} onChange={() => setValue("declaredNoDiscipline", false, { shouldDirty: true })} className="h-4 w-4" />
                Có bị xử lý kỷ luật
              </label>
            </div>
            {errors.declaredNoDiscipline?.message && (
              <p id={id("disc-error")} className="text-sm text-red-700" data-field-error>
                {errors.declaredNoDiscipline.message}
              </p>
            )}
          </fieldset>
        </div>
        {declared.length > 0 && (
          <div className="mt-4 flex flex-col gap-3">
            <p className="text-sm font-medium text-slate-900">Các nội dung đơn vị xác nhận</p>
            {declared.map((c) => {
              const err = errors.answers?.[c.id]?.message ?? (errors as Record<string, { message?: string } | undefined>)[`answers.${c.id}`]?.message;
              return (
                <fieldset key={c.id} className="rounded-md border border-slate-200 p-3" data-declaration={c.id} aria-describedby={err ? id(`ans-${c.id}-error`) : undefined}>
                  <legend className="px-1 text-sm text-slate-900">
                    {c.content} {c.hard && <Badge tone="red">Bắt buộc</Badge>}
                  </legend>
                  <div className="flex flex-wrap gap-x-6">
                    <label className="inline-flex min-h-10 items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name={`answer-${c.id}`}
                        checked={answers[c.id] === true}
                        onChange={() => setValue(`answers.${c.id}`, true, { shouldDirty: true })}
                        className="h-4 w-4"
                      />
                      Đạt
                    </label>
                    <label className="inline-flex min-h-10 items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name={`answer-${c.id}`}
                        checked={answers[c.id] === false}
                        onChange={() => setValue(`answers.${c.id}`, false, { shouldDirty: true })}
                        className="h-4 w-4"
                      />
                      Chưa đạt
                    </label>
                  </div>
                  {err && (
                    <p id={id(`ans-${c.id}-error`)} className="text-sm text-red-700" data-field-error>
                      {err}
                    </p>
                  )}
                </fieldset>
              );
            })}
          </div>
        )}
      </fieldset>

      <section aria-labelledby={id("crit")} className="rounded-md border border-slate-300 bg-slate-50 p-4">
        <h2 id={id("crit")} className="mb-1 text-lg font-semibold text-slate-900">
          Đối chiếu tiêu chí khen thưởng
        </h2>
        <p className="mb-2 text-sm text-slate-700" aria-live="polite">
          {!chosenForm || !formFits
            ? "Chọn hình thức khen thưởng để xem tiêu chí."
            : factsState === "loading"
              ? "Đang lấy dữ liệu của cổng về đối tượng…"
              : factsState === "error"
                ? "Chưa lấy được dữ liệu của cổng về đối tượng; kết quả sẽ được kiểm tra lại khi nộp."
                : "Kết quả theo dữ liệu hiện tại của cổng và nội dung đơn vị kê khai; được kiểm tra lại khi nộp."}
        </p>
        {chosenForm && formFits && <CriteriaChecklist criteria={results} />}
      </section>

      {props.documents ?? (
        <section className="rounded-md border border-dashed border-slate-400 bg-white p-4 text-sm text-slate-700">
          <h2 className="mb-1 text-lg font-semibold text-slate-900">Hồ sơ đề nghị khen thưởng</h2>
          Lưu nháp để đính kèm tờ trình, biên bản họp xét, báo cáo thành tích hoặc để cổng tạo bản thảo các tài liệu này.
        </section>
      )}

      {message && (
        <Alert tone={message.tone} title={message.title}>
          <p className="whitespace-pre-line" data-testid="proposal-message">
            {message.text}
          </p>
        </Alert>
      )}

      <div className="flex flex-col gap-4 rounded-md border border-slate-300 bg-white p-4">
        {props.canSubmit ? (
          <>
            <div>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" {...register("confirmed")} className="mt-0.5 h-4 w-4" aria-invalid={!!errors.confirmed} aria-describedby={errors.confirmed ? id("confirm-error") : undefined} />
                <span>
                  <span className="font-semibold">Xác nhận của trưởng đơn vị:</span> tôi đã kiểm tra thành tích, nội dung kê khai và hồ sơ kèm theo; đề nghị Hội đồng Thi đua - Khen thưởng xem xét.
                </span>
              </label>
              {errors.confirmed?.message && (
                <p id={id("confirm-error")} className="mt-1 text-sm text-red-700" data-field-error>
                  {errors.confirmed.message}
                </p>
              )}
            </div>
            {props.deadlineText && (
              <p className="text-sm text-slate-700">
                Hạn nộp: {props.deadlineText}
                {props.deadlinePassed ? " — đã quá hạn: đề nghị nộp bây giờ được ghi nhận trễ hạn." : ""}
              </p>
            )}
          </>
        ) : (
          <p className="text-sm text-slate-700">Cán bộ đơn vị soạn và lưu nháp; trưởng đơn vị xác nhận và nộp đề nghị.</p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={!!busy || !ready}>
            {busy === "save" ? "Đang lưu…" : "Lưu nháp"}
          </Button>
          {props.canSubmit && (
            <Button type="button" onClick={submit} disabled={!!busy || !ready || !ids.current.proposalId} title={!ids.current.proposalId ? "Lưu nháp trước khi nộp" : undefined}>
              {busy === "submit" ? "Đang nộp…" : "Xác nhận và nộp"}
            </Button>
          )}
          {props.deletable && ids.current.proposalId && !confirmDelete && (
            <Button type="button" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setConfirmDelete(true)} disabled={!!busy}>
              Xoá đề nghị đang soạn
            </Button>
          )}
          {confirmDelete && (
            <span className="flex flex-wrap items-center gap-2 text-sm">
              Xoá đề nghị này cùng các tài liệu đã đính kèm?
              <Button type="button" variant="danger" onClick={remove} disabled={!!busy}>
                {busy === "delete" ? "Đang xoá…" : "Xác nhận xoá"}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirmDelete(false)} disabled={!!busy}>
                Hủy
              </Button>
            </span>
          )}
        </div>
        {props.canSubmit && !ids.current.proposalId && <p className="text-sm text-slate-700">Lưu nháp trước, đính kèm hồ sơ rồi xác nhận và nộp.</p>}
      </div>
    </form>
  );
}
