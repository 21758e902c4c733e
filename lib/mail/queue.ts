import type { Tx } from "@/lib/db/client";

export interface EmailInput {
  to: string;
  toUserId?: string | null;
  subject: string;
  text: string; // plain text, Vietnamese
  html: string; // HTML version, same content
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
    },
    select: { id: true },
  });
  return row.id;
}
