import { formatProblem, type ContentProblem } from "../src/content/problems.ts";
import { ATTENTION_KINDS, type ContentReport } from "../src/health/report.ts";
import { BaseLayout } from "./base.tsx";

export interface AuthoringPageProps {
  readonly report: ContentReport;
  readonly problems: readonly ContentProblem[];
  readonly warnings: readonly ContentProblem[];
  readonly stylesheetHref: string;
}

/**
 * The preview's page for authors (/_authoring/): problems that stop the
 * build, warnings, and the content health report. Never part of a production build.
 */
export function AuthoringPage({ report, problems, warnings, stylesheetHref }: AuthoringPageProps) {
  const kinds = ATTENTION_KINDS.filter((k) => report.counts[k.kind] > 0);
  return (
    <BaseLayout
      title="Content that needs attention"
      description="For authors, in the preview only: problems, warnings and wards that need attention."
      url="/_authoring/"
      stylesheetHref={stylesheetHref}
      searchable={false}
      indexable={false}
    >
      <h1 class="sn-heading-xl">Content that needs attention</h1>
      <p class="sn-lead">
        Only in the preview. {report.needAttention} of {report.wardCount} wards need attention on {report.date}.
      </p>
      <h2>Problems ({problems.length})</h2>
      {problems.length === 0 ? (
        <p>No problems: the site can be published.</p>
      ) : (
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))}
        </ul>
      )}
      <h2>Warnings ({warnings.length})</h2>
      {warnings.length === 0 ? (
        <p>No warnings.</p>
      ) : (
        <ul>
          {warnings.map((warning, i) => (
            <li key={i}>
              <code>{formatProblem(warning)}</code>
            </li>
          ))}
        </ul>
      )}
      <h2>Wards by borough</h2>
      <ul>
        {kinds.map((k) => (
          <li key={k.kind}>
            {k.label}: {report.counts[k.kind]}
          </li>
        ))}
      </ul>
      {report.boroughs.map((borough) => (
        <section key={borough.borough.code}>
          <h3>
            {borough.borough.name}: {borough.wards.length} of {borough.wardCount} wards need attention
          </h3>
          {borough.wards.length > 0 && (
            <ul>
              {borough.wards.map(({ ward, file, items }) => (
                <li key={ward.id}>
                  <a href={`/areas/${ward.borough.slug}/${ward.slug}/`}>{ward.name}</a> (<code>{file}</code>):{" "}
                  {items.map((item) => item.detail).join("; ")}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </BaseLayout>
  );
}
