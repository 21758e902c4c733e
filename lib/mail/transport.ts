import "server-only";
import nodemailer from "nodemailer";

/** A file sent with a mail; text content only (an invitation's .ics). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

/** Anything that can send one mail; tests inject a fake that records or throws. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

export function mailFrom(): { name: string; address: string } {
  return {
    name: process.env.MAIL_FROM_NAME?.trim() || "Cổng thi đua CCHC",
    address: process.env.MAIL_FROM_ADDRESS?.trim() || "no-reply@localhost",
  };
}

/** True when an SMTP server is configured; otherwise mails stay in the local outbox (status LOCAL). */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

let cached: { url: string; transport: MailTransport } | undefined;

/** The SMTP transport built from SMTP_URL (e.g. smtp://user:pass@host:587), or null when unset. */
export function smtpTransport(): MailTransport | null {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return null;
  if (cached?.url === url) return cached.transport;
  const transporter = nodemailer.createTransport(url);
  const transport: MailTransport = {
    async send(mail) {
      await transporter.sendMail({
        from: mailFrom(),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
    },
  };
  cached = { url, transport };
  return transport;
}
