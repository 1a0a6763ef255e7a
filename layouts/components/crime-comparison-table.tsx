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

/** Places' latest 12 months against the 12 before, as the sentences put it, in name order. */
export function CrimeComparisonTable({ caption, placeHeading, lastMonth, rows }: CrimeComparisonTableProps) {
  return (
    <div class="sn-crime-table__scroll">
      <table class="sn-crime-table">
        <caption class="sn-crime-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{placeHeading}</th>
            <th scope="col" class="sn-crime-table__number">
              12 months to {monthName(lastMonth)}
            </th>
            <th scope="col" class="sn-crime-table__number">
              12 months before
            </th>
            <th scope="col">Change</th>
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
                  <td class="sn-crime-table__number">
                    {row.comparison.previous === undefined ? "not known" : formatCount(row.comparison.previous)}
                  </td>
                  <td>{changeCell(row.comparison)}</td>
                </>
              ) : (
                <td colSpan={3}>No figures</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
