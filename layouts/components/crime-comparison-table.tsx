import { changeCell, formatCount, monthName, type Comparison } from "../../src/crime/figures.ts";

export interface ComparisonRow {
  readonly name: string;
  readonly href: string;
  /** Undefined when there are no figures for the place. */
  readonly comparison: Comparison | undefined;
}

export interface CrimeComparisonTableProps {
  readonly caption: string;
  /** "Ward" or "Borough". */
  readonly placeHeading: string;
  readonly lastMonth: string;
  /** In the order to show them: by name, never ranked by crime. */
  readonly rows: readonly ComparisonRow[];
}

/**
 * Places' latest 12 months against the 12 before, as the sentences put it, in
 * name order. Three columns, so the table fits a 320px screen without scrolling.
 */
export function CrimeComparisonTable({ caption, placeHeading, lastMonth, rows }: CrimeComparisonTableProps) {
  return (
    <table class="sn-crime-table sn-crime-table--places">
        <caption class="sn-crime-table__caption">
          {caption}: the 12 months to {monthName(lastMonth)} and the 12 months before
        </caption>
        <thead>
          <tr>
            <th scope="col">{placeHeading}</th>
            <th scope="col" class="sn-crime-table__number">
              Latest 12 months
            </th>
            <th scope="col">Change from the 12 months before</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={row.href}>{row.name}</a>
              </th>
              {row.comparison ? (
                <>
                  <td class="sn-crime-table__number">{formatCount(row.comparison.latest)}</td>
                  <td>
                    {changeCell(row.comparison)}
                    {row.comparison.previous !== undefined && `, from ${formatCount(row.comparison.previous)}`}
                  </td>
                </>
              ) : (
                <td colSpan={2}>No figures</td>
              )}
            </tr>
          ))}
        </tbody>
    </table>
  );
}
