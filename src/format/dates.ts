/*
 * Dates and times as people in London read them: "3 March 2026",
 * "Tuesday 2 March 2027, 6:30pm to 8pm". Pure functions of their arguments;
 * they always format in London time, whatever the build machine's zone.
 */

const LONDON = "Europe/London";
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});

interface LondonParts {
  readonly weekday: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly hour: number;
  readonly minute: number;
}

const partsByTime = new Map<number, LondonParts>();

/** Memoised by instant: Intl's formatToParts is slow, and pages repeat the same few dates. */
function londonParts(date: Date): LondonParts {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError("cannot format an invalid date");
  let parts = partsByTime.get(time);
  if (!parts) {
    if (partsByTime.size >= 50_000) partsByTime.clear();
    parts = computeLondonParts(date);
    partsByTime.set(time, parts);
  }
  return parts;
}

function computeLondonParts(date: Date): LondonParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of partsFormat.formatToParts(date)) parts[part.type] = part.value;
  return {
    weekday: parts.weekday ?? "",
    day: parts.day ?? "",
    month: parts.month ?? "",
    year: parts.year ?? "",
    // Some engines write midnight as 24 even with h23.
    hour: Number(parts.hour ?? 0) % 24,
    minute: Number(parts.minute ?? 0),
  };
}

/** The London calendar date of an instant: "3 March 2026". */
export function formatDate(date: Date): string {
  const { day, month, year } = londonParts(date);
  return `${day} ${month} ${year}`;
}

/** The London calendar date with its weekday: "Tuesday 2 March 2027". */
export function formatDateWithWeekday(date: Date): string {
  const { weekday, day, month, year } = londonParts(date);
  return `${weekday} ${day} ${month} ${year}`;
}

/**
 * A date written YYYY-MM-DD, as a person reads it: "2026-03-03" → "3 March 2026".
 * A calendar date has no time zone, so it is read at midday UTC, which is the
 * same day in London in summer and winter.
 */
export function formatIsoDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`expected a date written YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  if (date.getUTCDate() !== Number(day)) throw new RangeError(`${isoDate} is not a real date`);
  return formatDate(date);
}

/** A London clock time in GOV.UK style: "6:30pm", "8pm", "midday", "midnight". */
export function formatTime(date: Date): string {
  const { hour, minute } = londonParts(date);
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const suffix = hour < 12 ? "am" : "pm";
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${twelve}${suffix}` : `${twelve}:${String(minute).padStart(2, "0")}${suffix}`;
}

/** True when both instants fall on the same calendar day in London. */
export function isSameLondonDay(a: Date, b: Date): boolean {
  return formatDate(a) === formatDate(b);
}

export interface TimeRangeText {
  /** "Tuesday 2 March 2027, 6:30pm" */
  readonly start: string;
  /** "8pm" on the same day, or "Wednesday 3 March 2027, 1am" on a later one. */
  readonly end: string;
}

/** The two halves of an event's time range, so each can sit in its own <time> element. */
export function timeRangeParts(start: Date, end: Date): TimeRangeText {
  const startText = `${formatDateWithWeekday(start)}, ${formatTime(start)}`;
  const endText = isSameLondonDay(start, end) ? formatTime(end) : `${formatDateWithWeekday(end)}, ${formatTime(end)}`;
  return { start: startText, end: endText };
}
