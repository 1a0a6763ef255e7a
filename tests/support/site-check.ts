import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
import type { Redirect } from "../../src/redirects/netlify-redirects.ts";
import { findRedirect, parseRedirects } from "./netlify-redirects.ts";
import { htmlPages } from "../../harness/site-files.ts";

/** Attributes that hold a URL the browser will fetch or follow, by element. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  button: ["formaction"],
  input: ["formaction", "src"],
};

/** What a reader (or crawler) can follow from one page to another. */
const NAVIGATION = new Set(["a", "area", "form"]);

const SKIPPED_SCHEMES = /^(mailto|tel|sms):/i;

export interface PageLink {
  readonly tag: string;
  readonly attribute: string;
  readonly value: string;
}

/** The facts about one built HTML page that the checks need. */
export interface Page {
  /** Path in the output folder, such as faq/index.html. */
  readonly file: string;
  readonly title: string;
  readonly ids: ReadonlySet<string>;
  readonly links: readonly PageLink[];
  /** `<meta name|property>` → content. */
  readonly meta: ReadonlyMap<string, string>;
  readonly canonical: string | undefined;
  readonly jsonLd: readonly string[];
  /** `<script>` elements without src, other than JSON-LD data blocks. */
  readonly inlineScripts: number;
  readonly styleElements: number;
  /** Elements with a style="" attribute, by tag. */
  readonly styleAttributes: readonly string[];
  /** Event handler attributes (onclick and the like). */
  readonly eventHandlers: readonly string[];
}

export function readPage(siteDir: string, file: string): Page {
  const html = readFileSync(path.join(siteDir, file), "utf8");
  let title = "";
  let inTitle = false;
  let scriptType: string | undefined;
  let scriptText = "";
  const ids = new Set<string>();
  const links: PageLink[] = [];
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  const styleAttributes: string[] = [];
  const eventHandlers: string[] = [];
  let canonical: string | undefined;
  let inlineScripts = 0;
  let styleElements = 0;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) ids.add(attributes.id);
        // An <a name> is also a fragment target in HTML.
        if (name === "a" && attributes.name !== undefined) ids.add(attributes.name);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) links.push({ tag: name, attribute, value });
        }
        if (attributes.style !== undefined) styleAttributes.push(name);
        for (const attribute of Object.keys(attributes)) if (/^on/i.test(attribute)) eventHandlers.push(`${name}[${attribute}]`);
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const key = attributes.name ?? attributes.property;
          if (key !== undefined && attributes.content !== undefined) meta.set(key, attributes.content);
        }
        if (name === "link" && attributes.rel?.split(/\s+/).includes("canonical")) canonical = attributes.href;
        if (name === "style") styleElements += 1;
        if (name === "script") {
          scriptType = (attributes.type ?? "").toLowerCase();
          scriptText = "";
          if (attributes.src === undefined && scriptType !== "application/ld+json") inlineScripts += 1;
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        if (scriptType !== undefined) scriptText += text;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "script") {
          if (scriptType === "application/ld+json") jsonLd.push(scriptText);
          scriptType = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return {
    file,
    title: title.trim(),
    ids,
    links,
    meta,
    canonical,
    jsonLd,
    inlineScripts,
    styleElements,
    styleAttributes,
    eventHandlers,
  };
}

/** Every HTML page of a build, by output path. */
export function readSite(siteDir: string): Map<string, Page> {
  return new Map(htmlPages(siteDir).map((file) => [file, readPage(siteDir, file)]));
}

export interface SiteCheckOptions {
  /** Where the site is mounted, with leading and trailing slashes (PATH_PREFIX). */
  readonly pathPrefix: string;
  /** The configured SITE_URL: full links to it (canonical links) are checked as internal ones. */
  readonly siteUrl: string;
  /** The page the site is entered from; every other page must be reachable from it. */
  readonly home?: string;
  /** Pages that nothing needs to link to, such as 404.html. */
  readonly unlinked?: readonly string[];
}

export interface SiteCheckReport {
  readonly pages: number;
  /** Internal URLs checked: links, assets, form actions, fragments and redirect targets. */
  readonly linksChecked: number;
  readonly externalLinks: number;
  /** "page: url (why)" for each broken internal link or fragment. */
  readonly broken: readonly string[];
  readonly unreachable: readonly string[];
  readonly untitled: readonly string[];
  readonly redirectsChecked: number;
}

// A base for resolving links; any host works, as only the path of internal links is used.
const LOCAL = "http://site.invalid";

/**
 * Check a build as a visitor would meet it: every internal link, asset and
 * form action leads to a file; every fragment names an id on its page; every
 * page can be reached from the home page; every page has a title; every
 * redirect in _redirects leads to a page.
 */
export function checkSite(siteDir: string, options: SiteCheckOptions): SiteCheckReport {
  const pages = readSite(siteDir);
  const redirectsFile = path.join(siteDir, "_redirects");
  const redirects: Redirect[] = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, "utf8")) : [];
  const siteUrl = options.siteUrl.replace(/\/+$/, "");
  const broken: string[] = [];
  const edges = new Map<string, Set<string>>();
  let linksChecked = 0;
  let externalLinks = 0;

  /** The output file a site path names, as the server would find it (clean URLs), or why there is none. */
  const fileFor = (sitePath: string): string | undefined => {
    const relative = decodeURIComponent(sitePath).replace(/^\/+/, "");
    const candidates = relative === "" || relative.endsWith("/")
      ? [`${relative}index.html`]
      : [relative, `${relative}.html`, `${relative}/index.html`];
    return candidates.find((candidate) => {
      const full = path.join(siteDir, candidate);
      return existsSync(full) && statSync(full).isFile();
    });
  };

  /** Resolve a public URL path (with the prefix) to an output file, following _redirects like Netlify. */
  const resolve = (urlPath: string, hops = 0): { file?: string; problem?: string } => {
    if (!urlPath.startsWith(options.pathPrefix)) return { problem: `outside the path prefix ${options.pathPrefix}` };
    const sitePath = `/${urlPath.slice(options.pathPrefix.length)}`;
    const file = fileFor(sitePath);
    if (file) return { file };
    const redirect = findRedirect(redirects, sitePath);
    if (redirect && hops < 5) return resolve(new URL(redirect.to, LOCAL).pathname, hops + 1);
    return { problem: "no such file" };
  };

  for (const page of pages.values()) {
    const pageUrl = new URL(publicPath(page.file, options.pathPrefix), LOCAL);
    const targets = new Set<string>();
    edges.set(page.file, targets);
    for (const link of page.links) {
      const value = link.value.trim();
      if (SKIPPED_SCHEMES.test(value)) continue;
      if (/^javascript:/i.test(value)) {
        broken.push(`${page.file}: ${value} (javascript: URL)`);
        continue;
      }
      const absolute = value.startsWith(siteUrl) ? `${LOCAL}${value.slice(siteUrl.length)}` : value;
      let url: URL;
      try {
        url = new URL(absolute, pageUrl);
      } catch {
        broken.push(`${page.file}: ${value} (not a URL)`);
        continue;
      }
      if (url.origin !== LOCAL) {
        externalLinks += 1;
        continue;
      }
      linksChecked += 1;
      const { file, problem } = resolve(url.pathname);
      if (!file) {
        broken.push(`${page.file}: <${link.tag} ${link.attribute}="${value}"> (${problem})`);
        continue;
      }
      if (NAVIGATION.has(link.tag)) targets.add(file);
      if (url.hash !== "" || value.endsWith("#")) {
        const id = decodeURIComponent(url.hash.slice(1));
        const target = pages.get(file);
        if (id === "") broken.push(`${page.file}: ${value} (an empty fragment names no id)`);
        else if (!target) broken.push(`${page.file}: ${value} (a fragment on ${file}, which is not an HTML page)`);
        else if (!target.ids.has(id)) broken.push(`${page.file}: ${value} (no id="${id}" on ${file})`);
      }
    }
  }

  let redirectsChecked = 0;
  for (const redirect of redirects) {
    redirectsChecked += 1;
    linksChecked += 1;
    const { file, problem } = resolve(new URL(redirect.to, LOCAL).pathname);
    if (!file) broken.push(`_redirects: ${redirect.from} → ${redirect.to} (${problem})`);
    else if (!pages.has(file)) broken.push(`_redirects: ${redirect.from} → ${redirect.to} (${file} is not a page)`);
  }

  const home = options.home ?? "index.html";
  const reached = new Set<string>([home]);
  const queue = [home];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    for (const target of edges.get(next) ?? []) {
      if (!reached.has(target) && pages.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  const unlinked = new Set(options.unlinked ?? ["404.html"]);
  const unreachable = [...pages.keys()].filter((file) => !reached.has(file) && !unlinked.has(file));
  const untitled = [...pages.values()].filter((page) => page.title === "").map((page) => page.file);

  return { pages: pages.size, linksChecked, externalLinks, broken, unreachable, untitled, redirectsChecked };
}

/** The public path of an output file: faq/index.html → /prefix/faq/. */
export function publicPath(file: string, pathPrefix = "/"): string {
  return `${pathPrefix}${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
