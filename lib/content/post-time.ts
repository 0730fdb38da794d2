/**
 * A post time as editors write it. A date-only value is a calendar day, not an
 * instant, so it is kept as parts and never passed through `new Date(string)`
 * (which would read it as UTC midnight and shift it a day west of UTC).
 */
export interface PostTime {
  kind: 'date' | 'datetime';
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Offset from UTC in minutes; for a date, the site's home offset. */
  offsetMinutes: number;
  /** Value for `<time datetime>` and structured data. */
  iso: string;
  /** Milliseconds since the epoch, for ordering and scheduling. */
  instant: number;
}

/** The associations publish from India: a date-only post begins at midnight IST. */
const HOME_OFFSET_MINUTES = 330;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export type PostTimeResult = { ok: true; value: PostTime } | { ok: false; problem: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6)));
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function parsePostTime(raw: string): PostTimeResult {
  const text = raw.trim();
  const date = DATE.exec(text);
  const dateTime = date ? null : DATE_TIME.exec(text);
  const m = date ?? dateTime;
  if (!m) {
    return { ok: false, problem: `"${text}" is not a date — write it as YYYY-MM-DD, e.g. 2023-09-25, or with a time and offset, e.g. 2023-09-25T10:30:00+05:30` };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) {
    return { ok: false, problem: `${text.slice(0, 10)} is not a real calendar day: there is no month ${pad(month)} — check the order is year-month-day, e.g. 2023-09-25` };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: `${text.slice(0, 10)} is not a real calendar day: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days — check the month and day` };
  }
  if (date) {
    const instant = Date.UTC(year, month - 1, day) - HOME_OFFSET_MINUTES * 60_000;
    const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    return { ok: true, value: { kind: 'date', year, month, day, hour: 0, minute: 0, offsetMinutes: HOME_OFFSET_MINUTES, iso, instant } };
  }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (m[7] === undefined) {
    return { ok: false, problem: `"${text}" has a time but no UTC offset, so the moment is ambiguous — add one, e.g. ${text}+05:30 for India` };
  }
  const offsetMinutes = parseOffset(m[7]);
  if (hour > 23 || minute > 59 || second > 59 || Math.abs(offsetMinutes) > 14 * 60) {
    return { ok: false, problem: `"${text}" is not a real time — hours go to 23, minutes to 59, offsets to ±14:00` };
  }
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offsetMinutes)}`;
  return { ok: true, value: { kind: 'datetime', year, month, day, hour, minute, offsetMinutes, iso, instant } };
}


/** Today's calendar day where the associations publish (India), as YYYY-MM-DD. */
export function formatHomeDate(instant: number): string {
  return new Date(instant + HOME_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}
