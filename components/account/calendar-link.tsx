import { getOwnCalendarToken } from "@/lib/calendar/queries";
import { calendarFeedUrls } from "@/lib/calendar/urls";
import { CalendarLinkControls } from "./calendar-link-controls";

/** Account page section: the user's private iCalendar feed of their obligations. */
export async function CalendarLinkSection({ user }: { user: { id: string } }) {
  const token = await getOwnCalendarToken(user);
  const urls = token ? calendarFeedUrls(token) : null;
  return (
    <section aria-labelledby="calendar-title" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
      <h2 id="calendar-title" className="mb-2 text-lg font-semibold">
        Lịch công việc (iCalendar)
      </h2>
      <p className="mb-4 text-sm text-slate-700">
        Đăng ký đường dẫn riêng này trong Outlook, Google Calendar hoặc lịch điện thoại để thấy hạn nộp các việc cần làm của bạn; ai có đường dẫn đều xem được lịch,
        nên đừng chia sẻ nó.
      </p>
      <CalendarLinkControls urls={urls} />
    </section>
  );
}
