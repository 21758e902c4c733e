import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AwardFormEditor } from "@/components/awards/forms/award-form-editor";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getAwardFormForEdit } from "@/lib/awards/forms/queries";
import { requireUser } from "@/lib/auth/session";
import { councilCounts } from "@/lib/council/members/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Sửa hình thức khen thưởng" };

export default async function EditAwardFormPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const form = await getAwardFormForEdit(user, id);
  if (!form) notFound();
  const size = (await councilCounts([form.organisation.id])).get(form.organisation.id) ?? 0;
  return (
    <>
      <PageHeader
        title={form.values.name}
        description={`Hình thức khen thưởng của ${form.organisation.name} · cập nhật lần cuối ${formatDateTimeVN(form.updatedAt)}`}
        breadcrumbs={[
          { href: "/awards", label: "Khen thưởng" },
          { href: `/awards/forms?org=${encodeURIComponent(form.organisation.id)}`, label: "Hình thức khen thưởng" },
        ]}
      />
      <Alert tone={form.usedCount > 0 ? "warning" : "info"} className="mb-4" title={form.usedCount > 0 ? `Đã có ${form.usedCount} đề nghị khen thưởng được nộp theo hình thức này.` : undefined}>
        <p>
          Thay đổi tiêu chí và quy tắc biểu quyết áp dụng cho các lần nộp đề nghị và các phiên họp kết thúc biểu quyết sau khi lưu. Đề nghị đã nộp giữ nguyên kết quả đối chiếu tiêu chí lúc
          nộp (phiên bản đã nộp không thay đổi). Trong khi Hội đồng đang biểu quyết các đề nghị theo hình thức này, quy tắc biểu quyết không sửa được.
        </p>
      </Alert>
      <AwardFormEditor mode="edit" formId={form.id} organisationName={form.organisation.name} defaultValues={form.values} councilSize={size} usedByType={form.usedByType} />
    </>
  );
}
