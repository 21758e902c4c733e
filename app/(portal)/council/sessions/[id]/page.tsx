import { BallotAttendance } from "@/components/council/ballot-attendance";
import { BallotClose } from "@/components/council/ballot-close";
import { quorumShortfalls } from "@/components/council/quorum-shortfall";
import { BallotForm } from "@/components/council/ballot-form";
import { BallotItem } from "@/components/council/ballot-item";
import { agendaItemSummary } from "@/components/council/proposal-summary";
import { BALLOT_MODE_EXPLANATIONS, BallotModeBadge } from "@/components/council/ballot-mode";
import { SessionStatusBadge } from "@/components/council/session-status-badge";
import { SessionMembers } from "@/components/council/results-members";
import { orNotFound } from "@/components/registrations/not-found";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getBallotKey } from "@/lib/auth/ballot-key";
import { requireUser } from "@/lib/auth/session";
import { VOTING_MESSAGES } from "@/lib/council/voting/schemas";
import { getBallotView } from "@/lib/council/voting/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Phiên họp Hội đồng Thi đua - Khen thưởng" };

/**
 * A council session for the members convened to it: the session, attendance ("Tôi có mặt"), every
 * proposal on the agenda with its rule and dossier, and the member's ballot; the chair also sees how
 * many ballots each item has received and closes the ballot.
 */
export default async function CouncilSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const v = await orNotFound(getBallotView(user, id, await getBallotKey()));
  const { session: s, me, items } = v;
  const voting = s.status === "VOTING";
  const secret = s.ballotMode === "SECRET";
  const keyOk = !secret || v.keyState === "OK";
  const canVote = voting && !!me?.presentAt && keyOk;
  const showMyVote = !!me && keyOk;
  const chosen = Object.keys(v.myVotes).length;
  const outcomes = { APPROVED: 0, REJECTED: 0, NO_QUORUM: 0 };
  for (const i of items) if (i.tally) outcomes[i.tally.outcome]++;
  const cast = v.ballotsCast ? Object.values(v.ballotsCast).reduce((a, b) => a + b, 0) : 0;

  return (
    <>
      <PageHeader
        title={s.title}
        breadcrumbs={[{ href: "/council", label: "Hội đồng TĐKT" }]}
        description={
          <p>
            Hội đồng Thi đua - Khen thưởng {s.organisation.name} · Kế hoạch số {s.campaign.documentNumber}
          </p>
        }
        actions={
          s.status === "CLOSED" ? (
            <LinkButton href={`/council/sessions/${s.id}/results`} variant="secondary">
              Xem kết quả biểu quyết
            </LinkButton>
          ) : undefined
        }
      />

      <section aria-labelledby="session-info" className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="session-info" className="sr-only">
          Thông tin phiên họp
        </h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-slate-600">Thời gian</dt>
            <dd className="font-medium">{formatDateTimeVN(s.meetingAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Địa điểm</dt>
            <dd className="font-medium">{s.location ?? "Chưa xác định"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Trạng thái</dt>
            <dd data-testid="session-status">
              <SessionStatusBadge status={s.status} />
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Chủ tịch · Thư ký</dt>
            <dd className="font-medium">
              {s.chairName ?? "—"} · {s.secretaryName ?? "—"}
            </dd>
          </div>
        </dl>
        <div className="mt-4 text-sm">
          <p className="text-slate-600">Hình thức biểu quyết</p>
          <p className="mt-1">
            <BallotModeBadge mode={s.ballotMode} />
          </p>
          <p className="mt-1 max-w-3xl text-slate-800">{BALLOT_MODE_EXPLANATIONS[s.ballotMode]}</p>
        </div>
        {s.agenda && (
          <div className="mt-4 text-sm">
            <p className="text-slate-600">Nội dung phiên họp</p>
            <p className="mt-1 max-w-3xl whitespace-pre-line text-slate-800">{s.agenda}</p>
          </div>
        )}
        <SessionMembers session={s} className="mt-4" />
      </section>

      <section aria-labelledby="attendance" className="mb-6 flex flex-col gap-3">
        <h2 id="attendance" className="text-lg font-semibold">
          Điểm danh và biểu quyết
        </h2>
        {s.status === "DRAFT" && <Alert tone="info">Phiên họp chưa mở biểu quyết. Bạn có thể xem trước các đề nghị và hồ sơ.</Alert>}
        {s.status === "CLOSED" && (
          <Alert tone="info" title={`Chủ tịch đã kết thúc biểu quyết lúc ${formatDateTimeVN(s.closedAt)}.`}>
            <p data-testid="closed-summary">
              Kết quả: {outcomes.APPROVED} tán thành, {outcomes.REJECTED} không tán thành
              {outcomes.NO_QUORUM ? `, ${outcomes.NO_QUORUM} không đủ số thành viên có mặt` : ""}. Kết quả của từng đề nghị ghi bên dưới và trên trang kết quả.
            </p>
          </Alert>
        )}
        {voting && me && !me.presentAt && (
          <Alert tone="info" title="Xác nhận có mặt để biểu quyết">
            <p className="mb-2">Bấm «Tôi có mặt» khi bạn tham dự phiên họp. Chỉ thành viên có mặt mới được biểu quyết; số thành viên có mặt quyết định phiên họp có đủ điều kiện biểu quyết hay không.</p>
            <BallotAttendance sessionId={s.id} />
          </Alert>
        )}
        {me?.presentAt && <p className="text-sm text-slate-800" data-testid="present-note">Bạn đã xác nhận có mặt lúc {formatDateTimeVN(me.presentAt)}.</p>}
        {!me && (
          <p className="text-sm text-slate-700">
            Bạn là Chủ tịch phiên họp nhưng không có tên trong danh sách thành viên được triệu tập, nên không biểu quyết và không kết thúc biểu quyết được. Đề nghị Thường trực Thi đua
            bổ sung Chủ tịch vào danh sách triệu tập.
          </p>
        )}
        {me && secret && v.keyState === "SIGN_IN_AGAIN" && (
          <Alert tone="warning" title={VOTING_MESSAGES.signInAgain}>
            Khóa bỏ phiếu kín được tạo khi bạn đăng nhập bằng mật khẩu. Phiên đăng nhập này không có khóa (ví dụ phiên bắt đầu trước khi tính năng bỏ phiếu kín có hiệu lực): hãy đăng
            xuất rồi đăng nhập lại.
          </Alert>
        )}
        {me && secret && v.keyState === "KEY_CHANGED" && <Alert tone="error">{VOTING_MESSAGES.keyChanged}</Alert>}
      </section>

      {v.canClose && voting && (
        <section aria-labelledby="chair-panel" className="mb-6 rounded-lg border border-brand-200 bg-brand-50 p-4" data-testid="chair-panel">
          <h2 id="chair-panel" className="text-lg font-semibold">
            Điều hành biểu quyết (Chủ tịch Hội đồng)
          </h2>
          <p className="mt-1 text-sm text-slate-800">
            Có mặt <span className="font-semibold">{s.present}/{s.invited}</span> thành viên. Đã nhận <span className="font-semibold">{cast}</span> phiếu cho {items.length} đề nghị
            (tối đa {s.present * items.length}). Số phiếu của từng đề nghị ghi ở từng mục; nội dung phiếu chỉ được tính khi kết thúc biểu quyết.
          </p>
          <div className="mt-3">
            <BallotClose
              sessionId={s.id}
              present={s.present}
              invited={s.invited}
              missing={Math.max(0, s.present * items.length - cast)}
              shortfalls={quorumShortfalls(items, s.present, s.invited)}
            />
          </div>
        </section>
      )}

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="mb-3 text-lg font-semibold">
          Các đề nghị khen thưởng ({items.length})
        </h2>
        {items.length === 0 ? (
          <p className="text-sm text-slate-700">Phiên họp chưa có đề nghị nào.</p>
        ) : (
          <BallotForm sessionId={s.id} total={items.length} initialChosen={chosen} disabled={!canVote}>
            {voting && me?.presentAt && keyOk && <p className="mb-3 text-sm text-slate-700">Chọn cho từng đề nghị rồi bấm «Ghi nhận biểu quyết» ở cuối trang. Bạn có thể sửa và ghi nhận lại cho đến khi Chủ tịch kết thúc biểu quyết.</p>}
            <ol className="flex flex-col gap-3">
              {items.map((item) => (
                <BallotItem
                  key={item.id}
                  item={{ ...agendaItemSummary(item), tally: item.tally && { outcome: item.tally.outcome, reason: item.tally.reason } }}
                  myVote={v.myVotes[item.id]}
                  canVote={canVote}
                  showMyVote={showMyVote}
                  ballotsCast={v.ballotsCast ? (v.ballotsCast[item.id] ?? 0) : null}
                  present={s.present}
                />
              ))}
            </ol>
          </BallotForm>
        )}
      </section>
    </>
  );
}
