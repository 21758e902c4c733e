import "server-only";
import type { Tx } from "@/lib/db/client";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";

/** Mail to the person who sent an idea: they have no account, so the footer speaks of their tracking code. */
export const PUBLIC_EMAIL_FOOTER =
  "Thư tự động từ Cổng thi đua cải cách hành chính. Anh/chị nhận thư này vì đã gửi hiến kế với địa chỉ thư điện tử này; nếu không phải anh/chị gửi, vui lòng bỏ qua thư.";

export const trackPath = (code: string) => `/public/ideas/track?code=${encodeURIComponent(code)}`;

export async function queuePublicEmail(
  tx: Tx,
  idea: { id: string; email: string | null; submitterName: string | null },
  content: { title: string; lines: string[]; actionText: string; actionUrl: string },
) {
  if (!idea.email) return null;
  const mail = renderEmail({ greetingName: idea.submitterName, ...content, footer: PUBLIC_EMAIL_FOOTER });
  const id = await queueEmail(tx, { to: idea.email, subject: mail.subject, text: mail.text, html: mail.html });
  await tx.emailMessage.update({ where: { id }, data: { publicIdeaId: idea.id } });
  return id;
}
