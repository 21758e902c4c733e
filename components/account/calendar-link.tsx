import { hasOwnCalendarFeed } from "@/lib/calendar/queries";
import { CalendarLinkControls } from "./calendar-link-controls";

/** Account page section: the user's private iCalendar feed of their obligations. */
export async function CalendarLinkSection({ user }: { user: { id: string } }) {
  const active = await hasOwnCalendarFeed(user);
  return (
    <section aria-labelledby="calendar-title" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
      <h2 id="calendar-title" className="mb-2 text-lg font-semibold">
        Lịch công việc (iCalendar)
      </h2>
      <p className="mb-4 text-sm text-slate-700">
        Đăng ký liên kết riêng này trong Outlook, Google Calendar hoặc lịch điện thoại để thấy hạn nộp các việc cần làm của bạn; ai có liên kết đều xem được lịch,
        nên đừng chia sẻ nó.
      </p>
      <CalendarLinkControls active={active} />
    </section>
  );
}
