import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMinutesPage, minutesModelOf } from "@/lib/council/minutes/queries";
import { formatDateTimeVN } from "@/lib/time/vn";
import { MinutesEditor } from "./minutes-editor";
import { OfficialDocumentView } from "@/components/documents/official-document-view";
import { minutesOfficialDocument } from "@/lib/council/minutes/official-document";

export const metadata: Metadata = { title: "Biên bản họp Hội đồng Thi đua - Khen thưởng" };

/**
 * Minutes of a council session: the secretary (or the standing office) generates the draft from the
 * closed session, edits and finalises it; members convened, the standing office and the leadership of
 * the organisation read it, print it and download it as .docx.
 */
export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const data = await getMinutesPage(user, id);
  if (!data) notFound();
  const s = data.session;
  const convened = s.members.some((m) => m.userId === user.id);
  const hasText = !!s.minutes?.trim();
  const model = hasText
    ? minutesModelOf(data)
    : null;
  const base = `/council/sessions/${s.id}/minutes`;

  return (
    <>
      <PageHeader
        title={`Biên bản: ${s.title}`}
        description={
          <>
            Hội đồng Thi đua - Khen thưởng {s.organisationUnit.name} · họp lúc {formatDateTimeVN(s.meetingAt)}
            {s.location ? ` · ${s.location}` : ""} · Kế hoạch {s.campaign.documentNumber}
          </>
        }
        breadcrumbs={
          convened
            ? [
                { href: "/council", label: "Hội đồng TĐKT" },
                { href: `/council/sessions/${s.id}`, label: "Phiên họp" },
              ]
            : [{ href: `/campaigns/${s.campaign.id}/council`, label: "Phiên họp Hội đồng" }]
        }
        actions={
          hasText ? (
            <>
              <LinkButton href={`${base}/print`} variant="secondary">
                Bản in
              </LinkButton>
              <LinkButton href={`${base}/docx`} variant="secondary" prefetch={false} download>
                Tải biên bản (.docx)
              </LinkButton>
              <LinkButton href={`${base}/docx?format=pdf`} variant="secondary" prefetch={false} download>
                Tải biên bản (PDF)
              </LinkButton>
            </>
          ) : undefined
        }
      />

      <p className="mb-4 text-sm">
        <Link href={`/council/sessions/${s.id}/results`} className="text-brand-700 underline underline-offset-2">
          Xem kết quả biểu quyết của phiên họp
        </Link>
      </p>

      {!data.closed ? (
        <Alert tone="info">Biên bản được lập sau khi Chủ tịch Hội đồng kết thúc biểu quyết. Phiên họp chưa kết thúc.</Alert>
      ) : data.finalised ? (
        <Alert tone="success" className="mb-4">
          Biên bản đã hoàn tất lúc {formatDateTimeVN(s.minutesFinalisedAt)}: chỉ xem, in và tải về.
        </Alert>
      ) : data.canEdit ? (
        <Alert tone="info" className="mb-4">
          {data.mayEditRole && s.secretaryUserId === user.id ? "Bạn là Ủy viên thư ký của phiên họp." : "Thường trực Thi đua có thể lập biên bản thay Thư ký."} Tạo dự thảo, kiểm tra, bổ sung
          rồi bấm “Hoàn tất biên bản”; sau khi hoàn tất, biên bản không sửa được nữa.
        </Alert>
      ) : (
        <Alert tone="info" className="mb-4">
          {hasText ? "Biên bản đang được Thư ký hoàn thiện (dự thảo)." : "Thư ký Hội đồng chưa lập biên bản."}
        </Alert>
      )}

      {data.canEdit ? (
        <MinutesEditor sessionId={s.id} lockVersion={s.lockVersion} minutes={s.minutes ?? ""} edited={data.edited} />
      ) : (
        model && <OfficialDocumentView doc={minutesOfficialDocument(model)} className="rounded-lg border border-slate-300 p-4 sm:p-10" />
      )}
    </>
  );
}
