import type { Tx } from "@/lib/db/client";
import type { MailAttachment } from "./transport";

export interface EmailInput {
  to: string;
  toUserId?: string | null;
  subject: string;
  text: string; // plain text, Vietnamese
  html: string; // HTML version, same content
  /** Files sent with the mail (a visit's invitation.ics), stored with it in the outbox. */
  attachments?: MailAttachment[];
}

/** The attachments stored with an outbox row (JSON), ignoring anything that is not one. */
export function parseAttachments(value: unknown): MailAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is MailAttachment =>
      typeof a === "object" && a !== null && typeof a.filename === "string" && typeof a.contentType === "string" && typeof a.content === "string",
  );
}

/**
 * Queues an e-mail in the outbox inside the caller's transaction: it is sent (or, without SMTP,
 * kept in the local outbox) by the delivery job, so a rolled-back change never sends mail.
 */
export async function queueEmail(tx: Tx, input: EmailInput): Promise<string> {
  const row = await tx.emailMessage.create({
    data: {
      toAddress: input.to,
      toUserId: input.toUserId ?? null,
      subject: input.subject.slice(0, 500),
      textBody: input.text,
      htmlBody: input.html,
      ...(input.attachments?.length ? { attachments: input.attachments.map((a) => ({ ...a })) } : {}),
    },
    select: { id: true },
  });
  return row.id;
}
