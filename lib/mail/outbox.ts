import "server-only";
import { notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { EmailStatus } from "@/lib/generated/prisma/enums";

export const OUTBOX_PAGE_SIZE = 50;

export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  PENDING: "Chờ gửi",
  SENT: "Đã gửi",
  LOCAL: "Lưu cục bộ",
  FAILED: "Lỗi",
};

export const EMAIL_STATUSES = ["PENDING", "SENT", "LOCAL", "FAILED"] as const satisfies readonly EmailStatus[];

/** The outbox is the system administrator's (manage:user everywhere). */
export function canReadOutbox(user: Pick<SessionUser, "roles">): boolean {
  return can(user.roles, "manage:user");
}

export function parseEmailStatus(value: string | string[] | undefined): EmailStatus | null {
  const v = Array.isArray(value) ? value[0] : value;
  return (EMAIL_STATUSES as readonly string[]).includes(v ?? "") ? (v as EmailStatus) : null;
}

export async function listOutbox(user: Pick<SessionUser, "roles">, opts: { status?: EmailStatus | null; page?: number } = {}) {
  if (!canReadOutbox(user)) throw notFoundError();
  const db = await getDb();
  const page = opts.page ?? 1;
  const where = opts.status ? { status: opts.status } : {};
  const [total, rows] = await Promise.all([
    db.emailMessage.count({ where }),
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, createdAt: true, toAddress: true, subject: true, status: true, attempts: true, lastError: true, sentAt: true },
    }),
  ]);
  return { total, rows, page, pageSize: OUTBOX_PAGE_SIZE };
}

export async function getOutboxMessage(user: Pick<SessionUser, "roles">, id: string) {
  if (!canReadOutbox(user)) throw notFoundError();
  const db = await getDb();
  const row = await db.emailMessage.findUnique({ where: { id } });
  if (!row) throw notFoundError();
  return row;
}

/** "Gửi lại": a FAILED mail goes back to PENDING now (attempts kept), with an audit row. */
export async function resendEmail(actor: Pick<SessionUser, "id" | "roles">, id: string, now = new Date()) {
  if (!canReadOutbox(actor)) throw notFoundError();
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const row = await tx.emailMessage.findUnique({ where: { id }, select: { id: true, status: true, toAddress: true, subject: true, attempts: true } });
    if (!row) throw notFoundError();
    const res = await tx.emailMessage.updateMany({ where: { id, status: "FAILED" }, data: { status: "PENDING", nextAttemptAt: now } });
    if (res.count === 0) {
      throw ruleError("Chỉ gửi lại được thư đang ở trạng thái Lỗi.");
    }
    await writeAudit(tx, actor.id, {
      action: "email.resend",
      entityType: "EmailMessage",
      entityId: id,
      before: { status: row.status, attempts: row.attempts },
      after: { status: "PENDING", attempts: row.attempts },
      summary: `Gửi lại thư "${row.subject.slice(0, 200)}" tới ${row.toAddress}`,
    });
  });
}
