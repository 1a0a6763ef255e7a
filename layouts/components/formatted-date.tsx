import type { DateTime } from "luxon";
import { formatIsoDate, timeRangeParts } from "../../src/format/dates.ts";

export interface FormattedDateProps {
  /** A calendar date written YYYY-MM-DD, as in the ward files. */
  readonly date: string;
}

/** `<time datetime="2026-03-03">3 March 2026</time>` */
export function FormattedDate({ date }: FormattedDateProps) {
  return <time datetime={date}>{formatIsoDate(date)}</time>;
}

export interface TimeRangeProps {
  readonly start: DateTime;
  readonly end: DateTime;
}

/**
 * "Tuesday 2 March 2027, 6:30pm to 8pm" in London time, each end in a <time>
 * whose datetime is the exact instant with its offset.
 */
export function TimeRange({ start, end }: TimeRangeProps) {
  const text = timeRangeParts(start.toJSDate(), end.toJSDate());
  return (
    <>
      <time datetime={start.toISO() ?? undefined}>{text.start}</time> to{" "}
      <time datetime={end.toISO() ?? undefined}>{text.end}</time>
    </>
  );
}
