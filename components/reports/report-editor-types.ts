import type { UseFormReturn } from "react-hook-form";
import type { ReportForm, ReportFormInput } from "@/lib/reports/schemas";

/** The report editor's form, shared by its sections. */
export type ReportEditorForm = UseFormReturn<ReportFormInput, unknown, ReportForm>;
