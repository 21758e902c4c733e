import { create as contentDispositionHeader } from "content-disposition";
import { MESSAGES } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { stripDiacritics } from "@/lib/consolidation/download";
import { minutesDocumentModel, minutesFileName } from "@/lib/council/minutes/document";
import { minutesDocx } from "@/lib/council/minutes/docx";
import { getMinutesPage } from "@/lib/council/minutes/queries";

const notFound = () => new Response(MESSAGES.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The minutes as a Word document (Times New Roman, Nghị định 30 layout), for the readers of the minutes; 404 for others. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return notFound();
  const data = await getMinutesPage(user, id);
  if (!data || !data.session.minutes?.trim()) return notFound();
  const s = data.session;
  const bytes = await minutesDocx(
    minutesDocumentModel({
      finalised: data.finalised,
      organisation: { name: s.organisationUnit.name, parentName: s.organisationUnit.parent?.name ?? null },
      sessionTitle: s.title,
      meetingAt: s.meetingAt,
      minutes: s.minutes ?? "",
      secretaryName: data.secretary?.fullName ?? null,
      chairName: data.chair?.fullName ?? null,
    }),
  );
  const name = minutesFileName(s.title);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDispositionHeader(name, { fallback: stripDiacritics(name).replace(/[^\x20-\x7e]/g, "_") }),
      "Cache-Control": "private, no-store",
    },
  });
}
