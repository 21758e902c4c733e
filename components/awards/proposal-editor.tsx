"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { evaluateCriteria, type PortalFacts } from "@/lib/awards/criteria";
import { deleteProposalDraftAction, saveProposalDraftAction, submitProposalAction } from "@/lib/awards/proposals/actions";
import type { AvailableForm, NomineeOptions } from "@/lib/awards/proposals/context";
import type { EditorValues } from "@/lib/awards/proposals/queries";
import { criteriaFor } from "@/lib/awards/proposals/rules";
import { useHydrated } from "@/lib/use-hydrated";
import { proposalFormSchema, type ProposalForm, type ProposalFormInput } from "@/lib/awards/proposals/schemas";
import { ProposalAwardFields } from "./proposal-award-fields";
import { CriteriaChecklist } from "./proposal-criteria";
import { ProposalDeclarations } from "./proposal-declarations";
import type { ProposalErrors } from "./proposal-editor-types";
import { ProposalNomineeFields } from "./proposal-nominee-fields";
import { ProposalSubmitBar } from "./proposal-submit-bar";
import { useNomineeFacts, type NomineeType } from "./use-nominee-facts";

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

type Failure = { error: string; code: string; fieldErrors?: Record<string, string> };

/**
 * The unit's award proposal: the nominee (a person or a collective of the unit, or a citizen or
 * business), the award form, the achievements, the unit's declarations and the criteria checklist
 * evaluated live (the portal's facts about the chosen nominee, fetched when the choice changes). The
 * head confirms and submits; staff save drafts. Every choice is checked again on the server.
 */
export function ProposalEditor(props: ProposalEditorProps) {
  const router = useRouter();
  const confirm = useConfirm();
  const ids = useRef({ proposalId: props.values.proposalId, lockVersion: props.values.lockVersion });
  const [busy, setBusy] = useState<null | "save" | "submit" | "delete">(null);
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; title?: string; text: string } | null>(null);
  const [nomineeProblem, setNomineeProblem] = useState<string | null>(null);
  const ready = useHydrated();
  // What render shows (the draft exists); the ref keeps the latest ids for the async actions.
  const [saved, setSaved] = useState(!!props.values.proposalId);
  const uid = useId();
  const id = (k: string) => `${uid}-${k}`;

  const form = useForm<ProposalFormInput, unknown, ProposalForm>({
    resolver: zodResolver(proposalFormSchema),
    defaultValues: props.values,
    mode: "onSubmit",
  });
  const { control, setValue, formState, setError, clearErrors, getValues, handleSubmit } = form;
  const errors = formState.errors as ProposalErrors;
  const w = useWatch({ control });
  const nomineeType = (w.nomineeType ?? "INDIVIDUAL") as NomineeType;

  const formsForType = useMemo(() => props.forms.filter((f) => f.recipientTypes.includes(nomineeType)), [props.forms, nomineeType]);
  const chosenForm = props.forms.find((f) => f.id === w.awardFormId) ?? null;
  const formFits = !!chosenForm && chosenForm.recipientTypes.includes(nomineeType);
  const criteria = useMemo(() => (chosenForm && formFits ? criteriaFor(chosenForm, nomineeType) : []), [chosenForm, formFits, nomineeType]);
  const declared = criteria.filter((c) => c.kind === "DECLARED");
  const answers = (w.answers ?? {}) as Record<string, boolean | undefined>;
  // useWatch returns a new object on each change anywhere in the form: key the checklist on the answers' content.
  const answersKey = JSON.stringify(answers);
  const stableAnswers = useMemo(() => JSON.parse(answersKey) as Record<string, boolean | undefined>, [answersKey]);
  const chosenIdea = props.nominees.ideas.find((i) => i.id === w.publicIdeaId) ?? null;
  const { facts, factsState } = useNomineeFacts({
    campaignId: props.values.campaignId,
    unitId: props.values.unitId,
    nomineeType,
    nomineeUnitId: w.nomineeUnitId,
    nomineeUserId: w.nomineeUserId,
    initialFacts: props.initialFacts,
  });
  const results = useMemo(
    () =>
      evaluateCriteria(criteria, nomineeType === "CITIZEN" ? null : facts, {
        rating: (w.declaredRating ?? null) as ProposalForm["declaredRating"],
        noDiscipline: w.declaredNoDiscipline ?? null,
        answers: stableAnswers,
        publicIdea: nomineeType === "CITIZEN" && chosenIdea ? { title: chosenIdea.title, accepted: true, campaignNumber: chosenIdea.campaignNumber } : null,
      }),
    [criteria, facts, nomineeType, w.declaredRating, w.declaredNoDiscipline, stableAnswers, chosenIdea],
  );

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
      publicIdeaId: v.nomineeType === "CITIZEN" ? v.publicIdeaId || null : null,
      answers: a,
      confirmed,
    };
  }

  function showFailure(res: Failure) {
    setServerFieldErrors(setError, res.fieldErrors, { accept: (k) => k !== "documents" && k !== "nominee" && k !== "_form", focusFirst: true });
    setNomineeProblem(res.fieldErrors?.nominee ?? null);
    setMessage({ tone: res.code === "CONFLICT" ? "warning" : "error", title: res.code === "CONFLICT" ? "Chưa lưu được" : undefined, text: res.error });
  }

  const offline = (error: string) => () => ({ ok: false as const, code: "RULE", error });

  async function save() {
    setMessage(null);
    setNomineeProblem(null);
    clearErrors();
    setBusy("save");
    const res = await saveProposalDraftAction(payload(false)).catch(offline("Không lưu được (mất kết nối). Vui lòng thử lại."));
    setBusy(null);
    if (!res.ok) return showFailure(res);
    const created = !ids.current.proposalId;
    ids.current = { proposalId: res.data.proposalId, lockVersion: res.data.lockVersion };
    setSaved(true);
    if (created) {
      router.push(`/awards/proposals/${res.data.proposalId}?moi=1`);
      return;
    }
    setMessage({ tone: "success", text: res.message ?? "Đã lưu nháp." });
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
    const res = await submitProposalAction(payload(true)).catch(offline("Không nộp được (mất kết nối). Vui lòng thử lại."));
    setBusy(null);
    if (!res.ok) return showFailure(res);
    router.push(`/awards/proposals/${res.data.proposalId}?nop=${res.data.versionNo}`);
  }

  async function remove() {
    if (!ids.current.proposalId) return;
    const ok = await confirm({
      title: "Xoá đề nghị đang soạn?",
      description: "Đề nghị này và các tài liệu đã đính kèm bị xoá; thao tác này không hoàn tác được.",
      confirmLabel: "Xoá đề nghị",
      tone: "danger",
    });
    if (!ok) return;
    setBusy("delete");
    const res = await deleteProposalDraftAction({ proposalId: ids.current.proposalId, lockVersion: ids.current.lockVersion }).catch(
      offline("Không xoá được (mất kết nối). Vui lòng thử lại."),
    );
    setBusy(null);
    if (!res.ok) return showFailure(res);
    router.push(props.listHref);
  }

  const section = { form, errors, id, values: props.values };
  return (
    <form
      noValidate
      method="post"
      onSubmit={(event) => void handleSubmit(() => save())(event)}
      aria-label="Đề nghị khen thưởng"
      className="flex flex-col gap-6"
      data-testid="proposal-editor"
      data-ready={ready ? "" : undefined}
    >
      <ProposalNomineeFields {...section} nominees={props.nominees} nomineeType={nomineeType} unitName={props.unitName} nomineeProblem={nomineeProblem} />
      <ProposalAwardFields {...section} formsForType={formsForType} chosenForm={chosenForm} formFits={formFits} />
      <ProposalDeclarations {...section} declared={declared} noDiscipline={w.declaredNoDiscipline} answers={answers} citizen={nomineeType === "CITIZEN"} />

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

      <ProposalSubmitBar
        form={form}
        errors={errors}
        id={id}
        canSubmit={props.canSubmit}
        saved={saved}
        deletable={props.deletable}
        busy={busy}
        ready={ready}
        deadlineText={props.deadlineText}
        deadlinePassed={props.deadlinePassed}
        onSubmit={submit}
        onDelete={remove}
      />
    </form>
  );
}
