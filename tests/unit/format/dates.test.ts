import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateWithWeekday,
  formatIsoDate,
  formatTime,
  isSameLondonDay,
  timeRangeParts,
} from "../../../src/format/dates.ts";

describe("formatIsoDate", () => {
  it("writes a calendar date as people read it", () => {
    expect(formatIsoDate("2026-03-03")).toBe("3 March 2026");
    expect(formatIsoDate("2026-10-12")).toBe("12 October 2026");
  });

  it("keeps the same day in summer time (BST) and winter time (GMT)", () => {
    expect(formatIsoDate("2026-07-01")).toBe("1 July 2026");
    expect(formatIsoDate("2026-12-31")).toBe("31 December 2026");
    expect(formatIsoDate("2026-01-01")).toBe("1 January 2026");
  });

  it("rejects what is not a real YYYY-MM-DD date", () => {
    expect(() => formatIsoDate("3 March 2026")).toThrow(RangeError);
    expect(() => formatIsoDate("2026-02-30")).toThrow(/not a real date/);
  });
});

describe("London dates and times of an instant", () => {
  it("formats a GMT instant (winter) unchanged", () => {
    const instant = new Date("2027-03-02T18:30:00Z");
    expect(formatDateWithWeekday(instant)).toBe("Tuesday 2 March 2027");
    expect(formatTime(instant)).toBe("6:30pm");
  });

  it("formats a BST instant (summer) an hour ahead of UTC", () => {
    const instant = new Date("2027-06-01T17:30:00Z");
    expect(formatDateWithWeekday(instant)).toBe("Tuesday 1 June 2027");
    expect(formatTime(instant)).toBe("6:30pm");
  });

  it("moves to the next London day when UTC is still the day before", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(formatDate(new Date("2027-06-30T23:30:00Z"))).toBe("1 July 2027");
  });

  it("writes whole hours without minutes, and midday and midnight in words", () => {
    expect(formatTime(new Date("2027-01-10T20:00:00Z"))).toBe("8pm");
    expect(formatTime(new Date("2027-01-10T09:05:00Z"))).toBe("9:05am");
    expect(formatTime(new Date("2027-01-10T12:00:00Z"))).toBe("midday");
    expect(formatTime(new Date("2027-01-10T00:00:00Z"))).toBe("midnight");
    expect(formatTime(new Date("2027-07-10T11:00:00Z"))).toBe("midday");
    expect(formatTime(new Date("2027-01-10T12:45:00Z"))).toBe("12:45pm");
    expect(formatTime(new Date("2027-01-10T00:15:00Z"))).toBe("12:15am");
  });

  it("refuses an invalid date instead of printing NaN", () => {
    expect(() => formatDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("time ranges", () => {
  it("gives the end time alone on the same day", () => {
    const start = new Date("2027-03-02T18:30:00Z");
    const end = new Date("2027-03-02T20:00:00Z");
    expect(timeRangeParts(start, end)).toEqual({ start: "Tuesday 2 March 2027, 6:30pm", end: "8pm" });
  });

  it("gives the end date too when the event runs past midnight", () => {
    const start = new Date("2027-06-04T20:00:00Z"); // 9pm BST
    const end = new Date("2027-06-05T00:00:00Z"); // 1am BST
    expect(isSameLondonDay(start, end)).toBe(false);
    expect(timeRangeParts(start, end)).toEqual({ start: "Friday 4 June 2027, 9pm", end: "Saturday 5 June 2027, 1am" });
  });
});
