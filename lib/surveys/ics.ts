import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { withFinalCrlf } from "@/lib/calendar/ics-text";

/**
 * A survey visit as an iCalendar invitation (RFC 5545 / iTIP): METHOD:REQUEST for a new or changed visit,
 * METHOD:CANCEL with STATUS:CANCELLED for a cancelled one. The UID never changes and SEQUENCE grows with
 * every change, so that a calendar updates (or removes) the event it already has. All times in UTC.
 */
export interface VisitEvent {
  uid: string;
  sequence: number;
  cancelled: boolean;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string;
  url?: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
}

export function visitIcs(e: VisitEvent, now = new Date()): string {
  const calendar = ical({
    prodId: { company: "Thi đua CCHC", product: "Khảo sát", language: "VI" },
    method: e.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    name: "Lịch khảo sát",
  });
  calendar.createEvent({
    id: e.uid,
    sequence: e.sequence,
    stamp: now,
    start: e.startsAt,
    end: e.endsAt,
    summary: e.cancelled ? `[Đã hủy] ${e.summary}` : e.summary,
    description: e.description,
    location: e.location,
    url: e.url ?? null,
    organizer: e.organizer,
    attendees: e.attendees.map((a) => ({ name: a.name, email: a.email, rsvp: false })),
    status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return withFinalCrlf(calendar.toString());
}
