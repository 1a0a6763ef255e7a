import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compareProblems, type ContentProblem } from "../content/problems.ts";
import { splitMarkdown } from "../content/front-matter.ts";
import { problemsFromIssues, parseYaml } from "../content/yaml.ts";
import { faqFrontMatterSchema } from "../faq/schema.ts";
import { guideFrontMatterSchema } from "../report/schema.ts";
import { slugify } from "../markdown/markdown.ts";
import { pageFrontMatterSchema } from "../content/pages.ts";
import { validate } from "../content/schema.ts";
import { boroughUrl, wardUrl } from "../wards/directory.ts";
import type { WardLoader } from "../wards/load.ts";
import type { Ward } from "../wards/schema.ts";
import { districtReader, hasPostcodeData } from "../postcodes/load.ts";
import { postcodeChecker } from "../postcodes/places.ts";
import { basePlaceWarnings } from "./bases.ts";
import { freshnessWarnings } from "./freshness.ts";
import { brokenLinks, type KnownPage, type LinkSource } from "./links.ts";
import { markdownFacts, rawHtmlProblems } from "./markdown.ts";

export interface CheckOptions {
  /** Reads the ward files (a caching loader in the preview). */
  readonly wardLoader: WardLoader;
  /** The date freshness warnings are measured from. */
  readonly now: Date;
  /**
   * Addresses of pages made by templates rather than content files (such as
   * /areas/), so that links to them are not reported.
   */
  readonly templatePages?: readonly string[];
}

export interface CheckResult {
  /** Errors: the site is not built while there are any. */
  readonly problems: readonly ContentProblem[];
  /** Worth an author's attention; the site is still built. */
  readonly warnings: readonly ContentProblem[];
  /** Valid wards, for the report. */
  readonly wards: readonly Ward[];
  /** Content files looked at. */
  readonly files: number;
  /** Drafts: FAQ and page files with `draft: true`. */
  readonly drafts: readonly string[];
}

/** Pages every build has that no content file makes (the City of London's page, the postcode index, crime in London). */
export const TEMPLATE_PAGES = ["/", "/areas/", "/search/", "/faq/", "/404.html", "/areas/city-of-london/", "/areas/postcodes/", "/find/", "/find/location/", "/crime/"];

/**
 * Every problem in every content file at once, without rendering a page:
 * ward files, FAQ questions and markdown pages, then links between them.
 * `npm run check`, `npm run build` and the preview all use it.
 */
export function checkContent(contentDir: string, options: CheckOptions): CheckResult {
  const shown = (file: string) => toShown(file);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const linkSources: LinkSource[] = [];
  const pages: KnownPage[] = [...(options.templatePages ?? TEMPLATE_PAGES)].map((url) => ({ url }));
  const drafts: string[] = [];
  let files = 0;

  // Wards: the loader reports every problem in every file, and the checks across files.
  const wardResult = options.wardLoader.load();
  problems.push(...wardResult.problems);
  // The loader's one-line summary of vacant posts gives way to one warning per ward, with its line.
  warnings.push(...wardResult.warnings.filter((warning) => !/vacant dedicated post/.test(warning.message)));
  const wardsDir = shown(path.join(contentDir, "wards"));
  const freshness: ContentProblem[] = [];
  for (const ward of wardResult.wards) {
    const file = `${wardsDir}/${ward.borough.slug}/${ward.slug}.yaml`;
    freshness.push(...freshnessWarnings(ward, file, options.now));
    pages.push({ url: wardUrl(ward) });
    const facts = markdownFacts(ward.description);
    problems.push(...rawHtmlProblems(file, facts, "description").map((problem) => ({ ...problem, line: undefined })));
    linkSources.push({ file, pageUrl: wardUrl(ward), field: "description", links: facts.links, unlined: true });
  }
  // A ward file with mistakes is not among the valid wards, but its description can still be checked now rather than in a later round.
  for (const file of new Set(wardResult.problems.map((problem) => problem.file).filter((file) => file.endsWith(".yaml")))) {
    let value: unknown;
    try {
      value = parseYaml(readFileSync(path.resolve(file), "utf8"), file).value;
    } catch {
      continue;
    }
    const fields = value as { description?: unknown; slug?: unknown; borough?: { slug?: unknown } } | undefined;
    if (typeof fields?.description !== "string") continue;
    const facts = markdownFacts(fields.description);
    problems.push(...rawHtmlProblems(file, facts, "description").map((problem) => ({ ...problem, line: undefined })));
    const slug = typeof fields.slug === "string" ? fields.slug : "ward";
    const borough = typeof fields.borough?.slug === "string" ? fields.borough.slug : "borough";
    pages.push({ url: wardUrl({ slug, borough: { slug: borough } }) });
    linkSources.push({ file, pageUrl: wardUrl({ slug, borough: { slug: borough } }), field: "description", links: facts.links.map(({ href }) => ({ href, line: 0 })), unlined: true });
  }
  for (const borough of new Set(wardResult.wards.map((ward) => ward.borough.slug))) pages.push({ url: boroughUrl({ slug: borough }) });
  if (hasPostcodeData(contentDir)) {
    freshness.push(...basePlaceWarnings(wardResult.wards, postcodeChecker(districtReader(contentDir)), (ward) => `${wardsDir}/${ward.borough.slug}/${ward.slug}.yaml`));
  }
  warnings.push(...withLines(freshness, contentDir));
  files += countFiles(path.join(contentDir, "wards"));

  // FAQ questions: each file, then the order they share.
  const faqDir = path.join(contentDir, "faq");
  const faqIds = new Set<string>();
  const orders = new Map<number, string>();
  for (const name of listMarkdown(faqDir)) {
    files++;
    const file = shown(path.join(faqDir, name));
    const split = splitMarkdown(readFileSync(path.join(faqDir, name), "utf8"), file);
    const slug = name.replace(/\.md$/, "");
    const url = `/faq/${slug}/`;
    const facts = markdownFacts(split.body, split.bodyLine);
    problems.push(...split.problems, ...rawHtmlProblems(file, facts));
    linkSources.push({ file, pageUrl: url, links: facts.links });
    // The page is known even while its front matter has mistakes: links to it are not broken.
    const draft = (split.parsed?.value as { draft?: unknown } | undefined)?.draft === true;
    pages.push({ url, ids: new Set([slugify(slug), ...facts.ids]), draft, file });
    if (!draft) faqIds.add(slugify(slug));
    if (draft) drafts.push(file);
    if (!split.parsed || split.problems.length > 0) continue;
    const result = validate(faqFrontMatterSchema, split.parsed.value ?? {});
    if (!result.ok) problems.push(...problemsFromIssues(file, split.parsed, result.issues));
    // Checked even when other fields have mistakes, so that a clash is not left for a later round.
    const order = (split.parsed.value as { order?: unknown } | undefined)?.order;
    if (typeof order !== "number" || draft) continue;
    const clash = orders.get(order);
    if (clash) {
      const at = split.parsed.locate(["order"]);
      problems.push({ file, line: at?.line, column: at?.column, field: "order", message: `${order} is already used by ${clash}; give each question its own order` });
    } else {
      orders.set(order, file);
    }
  }
  // "Report a problem" guides: a page each at /report/<file-name>/.
  const guideDir = path.join(contentDir, "report");
  for (const name of listMarkdown(guideDir)) {
    files++;
    const file = shown(path.join(guideDir, name));
    const split = splitMarkdown(readFileSync(path.join(guideDir, name), "utf8"), file);
    const url = `/report/${name.replace(/\.md$/, "")}/`;
    const facts = markdownFacts(split.body, split.bodyLine);
    problems.push(...split.problems, ...rawHtmlProblems(file, facts));
    linkSources.push({ file, pageUrl: url, links: facts.links });
    pages.push({ url, ids: new Set(facts.ids) });
    if (!split.parsed || split.problems.length > 0) continue;
    const result = validate(guideFrontMatterSchema, split.parsed.value ?? {});
    if (!result.ok) problems.push(...problemsFromIssues(file, split.parsed, result.issues));
  }

  // The FAQ page has an id for each question.
  const faqIndex = pages.findIndex((page) => page.url === "/faq/");
  if (faqIndex >= 0) pages[faqIndex] = { url: "/faq/", ids: faqIds };

  // Markdown pages directly in the content folder.
  for (const name of listMarkdown(contentDir)) {
    files++;
    const file = shown(path.join(contentDir, name));
    const split = splitMarkdown(readFileSync(path.join(contentDir, name), "utf8"), file);
    const facts = markdownFacts(split.body, split.bodyLine);
    problems.push(...split.problems, ...rawHtmlProblems(file, facts));
    const front = split.parsed?.value as { permalink?: unknown; draft?: unknown } | undefined;
    const url = typeof front?.permalink === "string" ? front.permalink : `/${name.replace(/\.md$/, "")}/`;
    const draft = front?.draft === true;
    if (draft) drafts.push(file);
    if (split.parsed && split.problems.length === 0) {
      const result = validate(pageFrontMatterSchema, split.parsed.value ?? {});
      if (!result.ok) problems.push(...problemsFromIssues(file, split.parsed, result.issues));
    }
    const existing = pages.findIndex((page) => page.url === url);
    const ids = new Set([...(pages[existing]?.ids ?? []), ...facts.ids]);
    // A template page with ids of its own (the FAQ page) keeps them; ids from this page's own headings are added.
    if (existing >= 0) pages[existing] = { url, ids: pages[existing]?.ids ? ids : undefined, draft, file };
    else pages.push({ url, ids, draft, file });
    linkSources.push({ file, pageUrl: url, links: facts.links });
  }

  // A published page must not link to a draft, which is not published; a draft may link to anything.
  const draftFiles = new Set(drafts);
  problems.push(...brokenLinks(linkSources.filter((source) => !draftFiles.has(source.file)), pages));
  return {
    // A ward's description is one field: its problems point at the field's line.
    problems: withLines(problems, contentDir).sort(compareProblems),
    warnings: warnings.sort(compareProblems),
    wards: wardResult.wards,
    files,
    drafts,
  };
}

function listMarkdown(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function countFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(".yaml")).length;
  } catch {
    return 0;
  }
}

function toShown(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join("/");
}

/** Warnings name a field; find its line in the few files concerned. */
function withLines(warnings: readonly ContentProblem[], _contentDir: string): ContentProblem[] {
  const parsed = new Map<string, ReturnType<typeof parseYaml> | undefined>();
  return warnings.map((warning) => {
    if (warning.line !== undefined || !warning.file.endsWith(".yaml") || warning.field === "") return warning;
    if (!parsed.has(warning.file)) {
      try {
        parsed.set(warning.file, parseYaml(readFileSync(path.resolve(warning.file), "utf8"), warning.file));
      } catch {
        parsed.set(warning.file, undefined);
      }
    }
    const at = parsed.get(warning.file)?.locate(fieldPath(warning.field));
    return at ? { ...warning, line: at.line, column: at.column } : warning;
  });
}

function fieldPath(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] ?? "") : Number(match[2])));
}
