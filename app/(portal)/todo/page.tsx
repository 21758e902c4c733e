import Link from "@/components/ui/link";
import { AppraisalTaskGroup } from "@/components/todo/appraisal-task-list";
import { AwardTaskGroup } from "@/components/todo/award-task-list";
import { ObligationGroup } from "@/components/todo/obligation-list";
import { PortalTaskGroup } from "@/components/todo/portal-task-list";
import { PageHeader } from "@/components/ui/page-header";
import { loadAppraisalTasks } from "@/lib/appraisal/todo";
import { requireUser } from "@/lib/auth/session";
import { loadAwardTasks, loadObligations } from "@/lib/obligations/queries";
import { isOpen } from "@/lib/obligations/rules";
import { loadReplicationTasks } from "@/lib/replication/duties";
import { loadSurveyTasks } from "@/lib/surveys/duties";
import { loadIdeaTasks } from "@/lib/public-ideas/duties";

export const metadata = { title: "Việc cần làm" };

export default async function TodoPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const user = await requireUser();
  const { show } = await searchParams;
  const all = show === "all";
  const now = new Date();
  const [obligations, tasks, appraisal, replication, survey, ideas] = await Promise.all([
    loadObligations(user, now),
    loadAwardTasks(user),
    loadAppraisalTasks(user),
    // Issue 13: work outside the campaigns' milestones (assigned replication, reports before a survey visit).
    loadReplicationTasks(user, now),
    loadSurveyTasks(user, now),
    // Issue 14: ideas of citizens and businesses to assess (a unit) or to moderate (the office).
    loadIdeaTasks(user, now),
  ]);
  const extra = [...survey, ...replication, ...ideas];
  const showUnit = new Set(obligations.map((o) => o.unitId)).size > 1;
  const overdue = obligations.filter((o) => o.overdue);
  const open = obligations.filter((o) => isOpen(o) && !o.overdue);
  const closed = obligations.filter((o) => !isOpen(o));
  // Award work (a ballot open, dossiers to check, decisions to record) is always still to do.
  // So is appraisal work (scoring left, verdicts to record, a round still being scored).
  const pending = overdue.length + tasks.length + appraisal.length + extra.length + open.length;
  const visible = all ? obligations.length + tasks.length + appraisal.length + extra.length : pending;

  const tab = (active: boolean) =>
    `inline-flex min-h-10 items-center rounded-md px-3 py-2 text-sm font-semibold ${active ? "bg-brand-700 text-white" : "border border-slate-400 bg-white text-slate-900 hover:bg-slate-50"}`;

  return (
    <>
      <PageHeader title="Việc cần làm" description="Các việc bạn hoặc đơn vị của bạn phải làm theo các kế hoạch thi đua đang triển khai (biểu mẫu, báo cáo, chấm điểm thẩm định, hồ sơ khen thưởng, biểu quyết của Hội đồng), việc gấp nhất ở trên cùng." />
      <nav aria-label="Lọc việc cần làm" className="mb-6 flex flex-wrap gap-2">
        <Link href="/todo" className={tab(!all)} aria-current={!all ? "page" : undefined}>
          Chưa xong ({pending})
        </Link>
        <Link href="/todo?show=all" className={tab(all)} aria-current={all ? "page" : undefined}>
          Tất cả ({obligations.length + tasks.length + appraisal.length + extra.length})
        </Link>
      </nav>

      {visible === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          Không có việc nào cần làm.
          {!all && obligations.length > 0 && (
            <>
              {" "}
              Các việc đã xong hoặc đã qua hạn theo dõi nằm trong mục{" "}
              <Link href="/todo?show=all" className="text-brand-700 underline">
                Tất cả
              </Link>
              .
            </>
          )}
          {obligations.length + tasks.length + appraisal.length + extra.length === 0 && " Khi một kế hoạch thi đua được ban hành có phần việc của bạn hoặc đơn vị bạn, việc đó sẽ hiện ở đây."}
        </p>
      ) : (
        <>
          <ObligationGroup id="todo-overdue" title="Quá hạn" items={overdue} now={now} showUnit={showUnit} tone="red" />
          <AppraisalTaskGroup id="todo-appraisal" title="Thẩm định: việc cần xử lý" items={appraisal} now={now} />
          <PortalTaskGroup id="todo-survey" title="Khảo sát: báo cáo cần gửi" items={survey} now={now} />
          <PortalTaskGroup id="todo-replication" title="Nhân rộng mô hình được giao" items={replication} now={now} />
          <PortalTaskGroup id="todo-ideas" title="Hiến kế của người dân, doanh nghiệp" items={ideas} now={now} />
          <AwardTaskGroup id="todo-awards" title="Khen thưởng: việc cần xử lý" items={tasks} now={now} />
          <ObligationGroup id="todo-open" title="Sắp đến hạn" items={open} now={now} showUnit={showUnit} />
          {all && <ObligationGroup id="todo-closed" title="Đã xong hoặc đã qua" items={closed} now={now} showUnit={showUnit} />}
        </>
      )}
    </>
  );
}
