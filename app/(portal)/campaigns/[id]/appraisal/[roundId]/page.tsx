import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/appraisal/setup/action-button";
import { AutoAssignButton } from "@/components/appraisal/setup/assignment-panel";
import { AddByRuleButtons, AddItemForm, AddPairForm } from "@/components/appraisal/setup/items-editor";
import { AddEvaluatorForm } from "@/components/appraisal/setup/panel-editor";
import { RoundSettingsForm } from "@/components/appraisal/setup/round-form";
import { RubricEditor } from "@/components/appraisal/setup/rubric-editor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { closeRoundAction, openRoundAction, removeEvaluatorAction, removeItemAction, removePairAction, reopenRoundAction } from "@/lib/appraisal/rounds/actions";
import { ROUND_STATUS_LABELS, ROUND_STATUS_TONES } from "@/lib/appraisal/rounds/labels";
import { getRoundPage } from "@/lib/appraisal/rounds/queries";
import { formatPoints } from "@/lib/appraisal/rubric";
import { requireUser } from "@/lib/auth/session";
import type { PageSearchParams } from "@/lib/consolidation/filters";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import { LEVEL_LABELS } from "@/lib/registrations/labels";
import { formatDateTimeVN, formatDeadline, vnDayOf } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Đợt thẩm định" };

const STATUS_TEXT = { ASSIGNED: "chưa chấm", DRAFT: "đang chấm", SUBMITTED: "đã nộp", DECLINED: "báo xung đột" } as const;

function Section({ id, title, children, description }: { id: string; title: string; children: React.ReactNode; description?: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-h`} className="mb-6 rounded-lg border border-slate-200 bg-white p-4" id={id}>
      <h2 id={`${id}-h`} className="mb-1 text-lg font-semibold">
        {title}
      </h2>
      {description && <div className="mb-3 text-sm text-slate-700">{description}</div>}
      {children}
    </section>
  );
}

export default async function AppraisalRoundPage({ params, searchParams }: { params: Promise<{ id: string; roundId: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id, roundId } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const data = await getRoundPage(user, id, roundId, parsePage(sp.page));
  if (!data) notFound();
  const { round, canManage } = data;
  const base = `/campaigns/${id}/appraisal/${roundId}`;
  const editable = canManage && round.status !== "CLOSED";
  const rubricEditable = editable && !round.rubricFrozenAt;
  const activeEvaluators = data.evaluators.filter((e) => e.active);
  const itemWord = (n: number) => `${n} nội dung`;

  return (
    <>
      <PageHeader
        title={round.name}
        breadcrumbs={[{ href: `/campaigns/${id}/appraisal`, label: "Các đợt thẩm định" }]}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={ROUND_STATUS_TONES[round.status]}>{ROUND_STATUS_LABELS[round.status]}</Badge>
            <span>Hạn chấm: {formatDeadline(round.dueAt)}</span>
          </span>
        }
        actions={
          round.status !== "DRAFT" ? (
            <LinkButton href={`${base}/results`} variant="secondary">
              Kết quả
            </LinkButton>
          ) : undefined
        }
      />

      <dl className="mb-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-900">Chủ trì</dt>
          <dd className="text-slate-800">{round.chairName}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Tiến độ chấm</dt>
          <dd className="text-slate-800">
            đã chấm {data.progress.submitted}/{data.progress.expected}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Nội dung · người chấm mỗi nội dung</dt>
          <dd className="text-slate-800">
            {itemWord(data.itemTotal)} · {round.evaluatorsPerItem} người chấm
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Tổ thẩm định</dt>
          <dd className="text-slate-800">{activeEvaluators.length} người chấm</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Xem điểm của người khác trước khi nộp</dt>
          <dd className="text-slate-800">{round.showOthersScores ? "Có" : "Không"}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Ngưỡng chênh lệch điểm</dt>
          <dd className="text-slate-800">{formatPoints(round.spreadThreshold)} điểm</dd>
        </div>
        {round.inclusionNote && (
          <div className="sm:col-span-2">
            <dt className="font-medium text-slate-900">Cách chọn nội dung</dt>
            <dd className="text-slate-800">{round.inclusionNote}</dd>
          </div>
        )}
        {round.openedAt && (
          <div>
            <dt className="font-medium text-slate-900">Mở chấm</dt>
            <dd className="text-slate-800">{formatDateTimeVN(round.openedAt)}</dd>
          </div>
        )}
        {round.closedAt && (
          <div>
            <dt className="font-medium text-slate-900">Kết thúc</dt>
            <dd className="text-slate-800">{formatDateTimeVN(round.closedAt)}</dd>
          </div>
        )}
      </dl>

      {canManage && (
        <Section id="lifecycle" title="Mở chấm, kết thúc">
          {round.status === "DRAFT" && (
            <div className="flex flex-col gap-3">
              {data.openProblems.length > 0 ? (
                <Alert tone="warning" title="Chưa mở chấm được">
                  <ul className="mt-1 list-disc pl-5">
                    {data.openProblems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </Alert>
              ) : (
                <p className="text-sm text-slate-700">Khi mở chấm, mỗi người chấm nhận thông báo về các nội dung được phân công.</p>
              )}
              <ActionButton
                action={openRoundAction}
                input={{ roundId, lockVersion: round.lockVersion }}
                label="Mở chấm"
                variant="primary"
                disabled={data.openProblems.length > 0}
                confirm={{
                  title: `Mở chấm ${itemWord(data.itemTotal)}?`,
                  description: `${activeEvaluators.length} người chấm sẽ nhận thông báo. Sau khi mở, chỉ đổi được hạn chấm; bộ tiêu chí bị khoá khi có người lưu điểm đầu tiên.`,
                  confirmLabel: "Mở chấm",
                }}
              />
            </div>
          )}
          {round.status === "OPEN" && (
            <ActionButton
              action={closeRoundAction}
              input={{ roundId, lockVersion: round.lockVersion }}
              label="Kết thúc đợt thẩm định"
              variant="danger"
              confirm={{
                title: "Kết thúc đợt thẩm định?",
                description: `Đã chấm ${data.progress.submitted}/${data.progress.expected}. Sau khi kết thúc, người chấm không lưu, nộp điểm được nữa.`,
                confirmLabel: "Kết thúc",
                tone: "danger",
              }}
            />
          )}
          {round.status === "CLOSED" &&
            (data.canReopen ? (
              <ActionButton
                action={reopenRoundAction}
                input={{ roundId, lockVersion: round.lockVersion }}
                label="Mở lại để chấm tiếp"
                confirm={{ title: "Mở lại đợt thẩm định?", description: "Người chấm lại lưu, nộp điểm được cho đến khi kết thúc lần nữa.", confirmLabel: "Mở lại" }}
              />
            ) : (
              <p className="text-sm text-slate-700">Đã có quyết định công nhận dựa trên đợt này: không mở lại được.</p>
            ))}
        </Section>
      )}

      {editable && (
        <Section id="settings" title="Thông tin đợt thẩm định">
          <RoundSettingsForm
            onlyDueDate={round.status === "OPEN"}
            chairs={data.chairOptions.length ? data.chairOptions : [{ id: round.chairUserId, fullName: round.chairName, username: "", unitName: "" }]}
            values={{
              roundId,
              lockVersion: round.lockVersion,
              name: round.name,
              dueDate: vnDayOf(round.dueAt),
              evaluatorsPerItem: round.evaluatorsPerItem,
              chairUserId: round.chairUserId,
              showOthersScores: round.showOthersScores,
              spreadThreshold: round.spreadThreshold,
            }}
          />
        </Section>
      )}

      <Section id="items" title={`Nội dung thẩm định (${data.itemTotal})`}>
        {editable && (
          <div className="mb-4 grid gap-4 lg:grid-cols-2">
            <div>
              <h3 className="mb-2 text-sm font-semibold">Thêm theo quy tắc</h3>
              <AddByRuleButtons roundId={roundId} />
            </div>
            <div>
              <h3 className="mb-2 text-sm font-semibold">Thêm từng nội dung</h3>
              <AddItemForm roundId={roundId} candidates={data.initiativeCandidates.map((c) => ({ ...c, level: LEVEL_LABELS[c.level] }))} />
            </div>
          </div>
        )}
        {data.items.length === 0 ? (
          <Alert tone="info">Đợt chưa có nội dung nào.</Alert>
        ) : (
          <div className="overflow-x-auto rounded-md border border-slate-300">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Nội dung thẩm định và người chấm được phân công</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Nội dung
                  </th>
                  <th scope="col" className="hidden px-3 py-2 md:table-cell">
                    Đơn vị
                  </th>
                  <th scope="col" className="hidden px-3 py-2 md:table-cell">
                    Người chấm
                  </th>
                  {editable && (
                    <th scope="col" className="hidden px-3 py-2 md:table-cell">
                      <span className="sr-only">Thao tác</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {data.items.map((it, i) => {
                  const n = (data.page - 1) * data.pageSize + i + 1;
                  const evaluatorsCell =
                    it.assignments.length === 0 ? (
                      <span className="whitespace-nowrap text-amber-800">Chưa phân công</span>
                    ) : (
                      <ul className="flex flex-col gap-1">
                        {it.assignments.map((a) => (
                          <li key={a.id} className={a.active ? "" : "text-slate-500 line-through"}>
                            {a.fullName}{" "}
                            <span className="text-xs text-slate-600">
                              ({STATUS_TEXT[a.status]}
                              {a.manual ? ", phân công tay" : ""}
                              {a.active ? "" : ", đã rời tổ"})
                            </span>
                            {editable && a.active && a.status === "ASSIGNED" && !a.scored && (
                              <ActionButton
                                action={removePairAction}
                                input={{ roundId, assignmentId: a.id }}
                                label="Bỏ"
                                aria-label={`Bỏ phân công ${a.fullName} chấm nội dung ${n}`}
                                variant="ghost"
                                className="ml-1 inline-block [&>button]:min-h-8 [&>button]:px-2 [&>button]:py-0"
                              />
                            )}
                          </li>
                        ))}
                      </ul>
                    );
                  const removeButton =
                    editable && !it.hasScores ? (
                      <ActionButton
                        action={removeItemAction}
                        input={{ roundId, itemId: it.id }}
                        label="Đưa ra khỏi đợt"
                        aria-label={`Đưa nội dung ${n} ra khỏi đợt`}
                        variant="ghost"
                        className="[&>button]:min-h-8 [&>button]:px-2 [&>button]:py-1"
                        confirm={{ title: "Đưa nội dung này ra khỏi đợt?", description: it.content.slice(0, 300), confirmLabel: "Đưa ra khỏi đợt", tone: "danger" }}
                      />
                    ) : null;
                  return (
                    <tr key={it.id} className="border-t border-slate-200 align-top" data-item={it.id}>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        <span className="font-medium text-slate-900">
                          {n}. {it.content}
                        </span>
                        <span className="mt-1 block text-xs text-slate-700">
                          <span className="md:hidden">{it.unitName} · </span>
                          {LEVEL_LABELS[it.level]} · {PROGRESS_LABELS[it.progress]}
                          {it.isTypical && " · Tiêu biểu"}
                          {it.forwarded && " · Cấp dưới gửi lên"}
                        </span>
                        {/* Phone width: the evaluators and the action under the content. */}
                        <span className="mt-2 block md:hidden">
                          <span className="block text-xs font-medium text-slate-900">Người chấm:</span>
                          {evaluatorsCell}
                          {removeButton && <span className="mt-1 block">{removeButton}</span>}
                        </span>
                      </th>
                      <td className="hidden px-3 py-2 md:table-cell">{it.unitName}</td>
                      <td className="hidden px-3 py-2 md:table-cell md:min-w-48">{evaluatorsCell}</td>
                      {editable && <td className="hidden whitespace-nowrap px-3 py-2 md:table-cell">{removeButton}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={data.page} pageSize={data.pageSize} total={data.itemTotal} basePath={base} params={{}} param="page" anchor="items" label="Trang nội dung thẩm định" />
      </Section>

      <Section id="panel" title={`Tổ thẩm định (${activeEvaluators.length})`} description="Thành viên Ban Chỉ đạo, Tổ công tác từ mọi đơn vị. Người rời tổ được giữ lại trong lịch sử; điểm của họ không được tính.">
        {editable && (
          <div className="mb-4">
            <AddEvaluatorForm roundId={roundId} candidates={data.userCandidates} />
          </div>
        )}
        {data.evaluators.length === 0 ? (
          <Alert tone="info">Chưa có người chấm nào.</Alert>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {data.evaluators.map((e) => (
              <li key={e.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between" data-evaluator={e.id}>
                <div className={e.active ? "" : "text-slate-500"}>
                  <span className="font-medium">{e.fullName}</span> <span className="text-sm text-slate-700">· {e.unitName}</span>
                  <span className="block text-xs text-slate-700">
                    {e.active ? `${e.load} nội dung · đã nộp ${e.submitted}` : `Đã rời tổ ${formatDateTimeVN(e.removedAt)}`}
                  </span>
                </div>
                {editable && e.active && (
                  <ActionButton
                    action={removeEvaluatorAction}
                    input={{ roundId, evaluatorId: e.id }}
                    label="Đưa ra khỏi tổ"
                    aria-label={`Đưa ${e.fullName} ra khỏi tổ thẩm định`}
                    variant="ghost"
                    confirm={{
                      title: `Đưa ${e.fullName} ra khỏi tổ thẩm định?`,
                      description: round.status === "OPEN" ? "Điểm đã lưu được giữ trong lịch sử nhưng không được tính; nội dung của người này được phân công cho người khác." : "Nội dung của người này cần được phân công lại (Phân công tự động).",
                      confirmLabel: "Đưa ra khỏi tổ",
                      tone: "danger",
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {editable && (
        <Section id="assign" title="Phân công chấm" description={data.itemsWithoutEvaluator > 0 ? <span className="text-amber-900">{data.itemsWithoutEvaluator} nội dung chưa có người chấm.</span> : undefined}>
          <div className="flex flex-col gap-6">
            <AutoAssignButton roundId={roundId} status={round.status as "DRAFT" | "OPEN"} />
            <div>
              <h3 className="mb-2 text-sm font-semibold">Phân công bằng tay</h3>
              <AddPairForm roundId={roundId} items={data.allItems} evaluators={activeEvaluators.map((e) => ({ id: e.id, fullName: e.fullName, unitName: e.unitName }))} />
            </div>
          </div>
        </Section>
      )}

      <Section
        id="rubric"
        title="Bộ tiêu chí chấm"
        description={round.rubricFrozenAt ? `Đã khoá từ ${formatDateTimeVN(round.rubricFrozenAt)} (có người chấm lưu điểm).` : round.status === "CLOSED" ? "Đợt đã kết thúc." : undefined}
      >
        <RubricEditor roundId={roundId} criteria={round.criteria} editable={rubricEditable} />
      </Section>

      <p className="text-sm">
        <Link href={`/campaigns/${id}/appraisal`} className="text-brand-700 underline">
          ← Các đợt thẩm định
        </Link>
      </p>
    </>
  );
}
