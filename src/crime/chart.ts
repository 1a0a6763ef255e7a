import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { formatCount, monthName, RECORDING_CHANGE_MONTH } from "./figures.ts";

/**
 * The geometry of a monthly line chart, worked out at build time so the page
 * needs no script: a path, axis ticks and the recording-change marker, in a
 * small fixed viewBox that CSS scales to the column. Coordinates are whole
 * numbers, which keeps the SVG to a few hundred bytes.
 */
export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** The line through every month's total. */
  readonly path: string;
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  /** One tick per January (and the first month, when the chart does not start in one). */
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  /** Where the February 2024 recording change falls, when the chart covers it. */
  readonly marker: { readonly x: number } | undefined;
}

export const CHART_WIDTH = 320;
export const CHART_HEIGHT = 150;
const MARGIN = { left: 34, right: 8, top: 18, bottom: 20 };

/** Axis labels: 0, 250, 1k, 1.5k, 20k. Thousands are shortened so the labels fit the margin. */
export function tickLabel(value: number): string {
  if (value < 1000) return String(value);
  return `${Math.round(value / 100) / 10}k`;
}

export function chartGeometry(months: readonly string[], values: readonly number[]): ChartGeometry {
  const plot = { left: MARGIN.left, right: CHART_WIDTH - MARGIN.right, top: MARGIN.top, bottom: CHART_HEIGHT - MARGIN.bottom };
  let max = 1;
  for (const v of values) if (v > max) max = v;
  const y = scaleLinear().domain([0, max]).nice(3).range([plot.bottom, plot.top]);
  const x = scaleLinear()
    .domain([0, Math.max(1, months.length - 1)])
    .range([plot.left, plot.right]);
  const path =
    line<number>()
      .x((_, i) => x(i))
      .y((v) => y(v))
      .digits(0)(values) ?? "";
  const yTicks = y.ticks(3).map((value) => ({ y: Math.round(y(value)), label: tickLabel(value) }));
  const xTicks: { x: number; label: string }[] = [];
  months.forEach((month, i) => {
    if (month.endsWith("-01")) xTicks.push({ x: Math.round(x(i)), label: month.slice(0, 4) });
  });
  const changeIndex = months.indexOf(RECORDING_CHANGE_MONTH);
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot,
    path,
    yTicks,
    xTicks,
    marker: changeIndex > 0 ? { x: Math.round(x(changeIndex)) } : undefined,
  };
}

/** The chart's text alternative: what it shows, its range and the recording change. */
export function chartDescription(place: string, months: readonly string[], values: readonly number[]): { title: string; desc: string } {
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return { title: `Recorded crimes each month in ${place}`, desc: "No figures." };
  const title = `Recorded crimes each month in ${place}, ${monthName(first)} to ${monthName(last)}`;
  let low = 0;
  let high = 0;
  values.forEach((v, i) => {
    if (v < values[low]!) low = i;
    if (v > values[high]!) high = i;
  });
  const format = (i: number) => `${formatCount(values[i]!)} in ${monthName(months[i]!)}`;
  const change = months.indexOf(RECORDING_CHANGE_MONTH) > 0 ? " A dashed line marks February 2024, when the Met changed its crime recording system." : "";
  const desc = `A line chart of monthly totals. Lowest: ${format(low)}. Highest: ${format(high)}. Latest: ${format(values.length - 1)}.${change} The figures are in the table below the chart.`;
  return { title, desc };
}
