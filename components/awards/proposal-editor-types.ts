import type { UseFormReturn } from "react-hook-form";
import type { ProposalForm, ProposalFormInput } from "@/lib/awards/proposals/schemas";

/** The editor's form, shared by its sections. */
export type ProposalEditorForm = UseFormReturn<ProposalFormInput, unknown, ProposalForm>;

/** Field errors read loosely (server errors arrive by dotted path, e.g. "answers.<id>"). */
export type ProposalErrors = Record<string, { message?: string } | undefined> & { answers?: Record<string, { message?: string }> };

/** Makes the editor's element ids unique on the page. */
export type IdOf = (key: string) => string;
