import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

export interface Sizes {
  readonly raw: number;
  /** gzip at zlib's default level (6), as CDNs compress on the fly. */
  readonly gzip: number;
  /** brotli at zlib's default quality (11). */
  readonly brotli: number;
}

export interface PageWeight {
  /** Path of the page in the built site, e.g. `areas/camden/camden-town/index.html`. */
  readonly page: string;
  readonly html: Sizes;
  /** Every stylesheet the page links to. */
  readonly css: Sizes;
  /** Every script the page loads by src, plus inline scripts that run (JSON-LD data does not). */
  readonly js: Sizes;
  readonly total: Sizes;
  /** Addresses of the scripts, and "inline" for each inline one: empty on a page with no JavaScript. */
  readonly scripts: readonly string[];
}

export function sizesOf(content: Buffer | string): Sizes {
  const buffer = typeof content === "string" ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer).length, brotli: brotliCompressSync(buffer).length };
}

function add(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find((v) => v !== undefined);

/** What a page makes the browser fetch and run: its stylesheets and scripts, from its HTML. */
export function pageAssets(html: string): { stylesheets: string[]; scripts: string[]; inlineScripts: string[] } {
  const stylesheets: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, "href");
    if (href && /^stylesheet$/i.test(attribute(tag, "rel") ?? "")) stylesheets.push(href);
  }
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const [, open = "", body = ""] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const src = attribute(open, "src");
    const type = (attribute(open, "type") ?? "").toLowerCase();
    if (src) scripts.push(src);
    // Data blocks (JSON-LD) are not run, so they are not JavaScript.
    else if (type === "" || type === "module" || type.includes("javascript")) inlineScripts.push(body);
  }
  return { stylesheets, scripts, inlineScripts };
}

/** Hashed asset names change with their content, so a site folder's asset sizes can be kept for the run. */
const assetSizeCache = new Map<string, Sizes>();

/**
 * The compressed weight of one built page: its HTML plus every stylesheet and
 * script it loads, read from the site folder. `pathPrefix` is stripped from
 * asset addresses on a subfolder deploy.
 */
export function pageWeight(siteDir: string, page: string, pathPrefix = "/"): PageWeight {
  const html = readFileSync(path.join(siteDir, page));
  const assets = pageAssets(html.toString());
  const file = (url: string): Buffer => {
    const pathname = new URL(url, `http://site${pathPrefix}`).pathname;
    const relative = pathname.startsWith(pathPrefix) ? pathname.slice(pathPrefix.length) : pathname.slice(1);
    return readFileSync(path.join(siteDir, decodeURIComponent(relative)));
  };
  // Every page shares the stylesheet: compressing it once, not once a page, keeps a check over 1,000 pages quick.
  const assetSizes = (url: string): Sizes => {
    const key = `${siteDir}\0${url}`;
    let sizes = assetSizeCache.get(key);
    if (!sizes) {
      sizes = sizesOf(file(url));
      assetSizeCache.set(key, sizes);
    }
    return sizes;
  };
  const css = add(...assets.stylesheets.map(assetSizes));
  const js = add(...assets.scripts.map(assetSizes), ...assets.inlineScripts.map((body) => sizesOf(body)));
  const htmlSizes = sizesOf(html);
  return {
    page,
    html: htmlSizes,
    css,
    js,
    total: add(htmlSizes, css, js),
    scripts: [...assets.scripts, ...assets.inlineScripts.map(() => "inline")],
  };
}
