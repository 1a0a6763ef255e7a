import { chartDescription, chartGeometry } from "../../src/crime/chart.ts";
import { formatCount, monthName } from "../../src/crime/figures.ts";

export interface CrimeChartProps {
  /** Unique on the page: the chart's title and description ids start with it. */
  readonly id: string;
  /** "Camden Town", "Camden", "London": used in the title and the table caption. */
  readonly place: string;
  readonly months: readonly string[];
  readonly values: readonly number[];
}

/**
 * A line chart of monthly recorded crimes, drawn at build time as inline SVG
 * (no script), coloured by crime.css so dark mode, forced colours and print
 * apply. It has a title and a description; the figures behind it follow in a
 * table, in a <details> after the figure so the page stays short, and nothing
 * needs the chart.
 */
export function CrimeChart({ id, place, months, values }: CrimeChartProps) {
  const chart = chartGeometry(months, values);
  const { title, desc } = chartDescription(place, months, values);
  const { left, right, top, bottom } = chart.plot;
  return (
    <>
      <figure class="sn-crime-chart">
        <svg
          class="sn-crime-chart__svg"
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          width={chart.width}
          height={chart.height}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{desc}</desc>
          <path class="sn-crime-chart__grid" d={chart.yTicks.map((t) => `M${left},${t.y}H${right}`).join("")} />
          {chart.yTicks.map((t) => (
            <text class="sn-crime-chart__y" x={left - 4} y={t.y + 4}>
              {t.label}
            </text>
          ))}
          {chart.xTicks.map((t) => (
            <text class="sn-crime-chart__x" x={t.x} y={chart.height - 4}>
              {t.label}
            </text>
          ))}
          {chart.marker && (
            <>
              <path class="sn-crime-chart__marker" d={`M${chart.marker.x},${top - 6}V${bottom}`} />
              <text class="sn-crime-chart__note" x={chart.marker.x + 4} y={top - 8}>
                New recording system
              </text>
            </>
          )}
          <path class="sn-crime-chart__line" d={chart.path} />
        </svg>
        <figcaption class="sn-crime-chart__caption">{title}</figcaption>
      </figure>
      <details class="sn-crime-chart__details">
        <summary>Show the figures as a table</summary>
        <table class="sn-crime-table sn-crime-table--months">
          <caption class="sn-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Recorded crimes</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month, i) => (
              <tr>
                <th scope="row">{monthName(month)}</th>
                <td>{formatCount(values[i] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
