import "server-only";

/** The scheduled jobs. Handlers are imported lazily so that loading the list opens nothing. */
export interface JobDefinition {
  name: JobName;
  label: string;
  /** Cron in Vietnam time (pg-boss schedule with tz Asia/Ho_Chi_Minh). */
  cron: string;
  scheduleText: string;
  run: () => Promise<Record<string, unknown>>;
}

export const JOB_NAMES = ["reminders", "email-delivery", "daily-digest", "public-ideas-purge", "database-maintenance"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const JOBS: Record<JobName, JobDefinition> = {
  reminders: {
    name: "reminders",
    label: "Nhắc hạn (thông báo và thư)",
    cron: "*/15 * * * *",
    scheduleText: "15 phút một lần",
    run: async () => {
      const { runReminders } = await import("@/lib/reminders/run");
      const { runAppraisalReminders } = await import("@/lib/appraisal/reminders");
      const milestones = await runReminders();
      // Issue 12: the scoring deadlines of open appraisal rounds, reminded to each panel member.
      const appraisal = await runAppraisalReminders();
      // Issue 13: assigned replication of recognised models, reminded to the assigned units' heads.
      const { runReplicationReminders } = await import("@/lib/replication/duties");
      const replication = await runReplicationReminders();
      // Issue 13: the visited units' reports due before a survey visit.
      const { runSurveyReminders } = await import("@/lib/surveys/duties");
      const survey = await runSurveyReminders();
      return { ...milestones, appraisalRounds: appraisal.rounds, appraisalSent: appraisal.sent, replicationSent: replication.sent, surveySent: survey.sent };
    },
  },
  "email-delivery": {
    name: "email-delivery",
    label: "Gửi thư trong hộp thư đi",
    cron: "* * * * *",
    scheduleText: "mỗi phút",
    run: async () => {
      const { deliverPendingEmails } = await import("@/lib/mail/deliver");
      return { ...(await deliverPendingEmails()) };
    },
  },
  "daily-digest": {
    name: "daily-digest",
    label: "Thư tổng hợp hằng ngày",
    cron: "0 7 * * *",
    scheduleText: "07:00 hằng ngày (giờ Việt Nam)",
    run: async () => {
      const { sendDailyDigests } = await import("@/lib/mail/digest");
      return { ...(await sendDailyDigests()) };
    },
  },
  // Issue 14: unconfirmed ideas of citizens are deleted with their personal data; old rate-limit windows dropped.
  "public-ideas-purge": {
    name: "public-ideas-purge",
    label: "Xoá hiến kế không xác nhận, dọn bộ đếm chống gửi tự động",
    cron: "30 2 * * *",
    scheduleText: "02:30 hằng ngày (giờ Việt Nam)",
    run: async () => {
      const { purgePublicIdeas } = await import("@/lib/public-ideas/purge");
      return { ...(await purgePublicIdeas()) };
    },
  },
  // The embedded database never vacuums or gathers statistics on its own (lib/db/maintenance.ts).
  "database-maintenance": {
    name: "database-maintenance",
    label: "Bảo trì cơ sở dữ liệu (dọn bản ghi cũ, cập nhật thống kê)",
    cron: "0 3 * * *",
    scheduleText: "03:00 hằng ngày (giờ Việt Nam)",
    run: async () => {
      const { getDb } = await import("@/lib/db/client");
      const { vacuumAnalyze } = await import("@/lib/db/maintenance");
      // The run's own row keeps its duration.
      const { tables } = await vacuumAnalyze(await getDb());
      return { tables };
    },
  },
};

export function isJobName(v: string): v is JobName {
  return (JOB_NAMES as readonly string[]).includes(v);
}
