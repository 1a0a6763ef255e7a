import { AuthoringPage } from "../../layouts/authoring.tsx";
import { checkContent } from "../check/check.ts";
import { sharedWardLoader } from "../content/ward-loader.ts";
import { renderToHtml } from "../jsx/render.ts";
import { buildReport } from "./report.ts";

/** The preview's /_authoring/ page, from the content as it is on disk now. */
export function renderAuthoringPage({ contentDir, now, stylesheetHref }: { contentDir: string; now: Date; stylesheetHref: string }): string {
  const result = checkContent(contentDir, { wardLoader: sharedWardLoader(contentDir), now });
  const report = buildReport(result.wards, now, `${contentDir.replace(/\/$/, "")}/wards`);
  return renderToHtml(AuthoringPage({ report, problems: result.problems, warnings: result.warnings, stylesheetHref }));
}
