import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { BoroughPage } from "../../../layouts/borough.tsx";
import { WardPage } from "../../../layouts/ward.tsx";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { searchableDocument } from "../../../src/search/searchable.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { allWards, camdenTown, NOW } from "../layouts/ward-fixtures.ts";

const directory = buildDirectory(allWards, NOW);
const wardHtml = renderToHtml(WardPage({ ward: camdenTown, directory, stylesheetHref: "/assets/main.css" }));
const boroughHtml = renderToHtml(BoroughPage({ entry: directory.boroughs[0]!, stylesheetHref: "/assets/main.css" }));

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const scratch: string[] = [];
afterAll(async () => {
  await pagefind.close();
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Index one page with the real Pagefind and read back what it stored (fragments are gzipped JSON after a signature). */
async function indexed(html: string): Promise<Fragment> {
  const { index } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error("Pagefind did not start");
  const added = await index.addHTMLFile({ sourcePath: "areas/camden/index.html", content: html });
  expect(added.errors).toEqual([]);
  const out = await mkdtemp(path.join(os.tmpdir(), "sn-searchable-"));
  scratch.push(out);
  expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
  await index.deleteIndex();
  const [fragment] = await readdir(path.join(out, "fragment"));
  const raw = gunzipSync(await readFile(path.join(out, "fragment", fragment!))).toString("utf8");
  return JSON.parse(raw.slice(raw.indexOf("{"))) as Fragment;
}

describe("searchableDocument", () => {
  it("keeps only the <main> marked for Pagefind, and the page's language", () => {
    const page = `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><header>Menu</header><main class="m" data-pagefind-body><h1>Hi</h1></main><footer>F</footer></body></html>`;
    expect(searchableDocument(page)).toBe(`<!DOCTYPE html><html lang="en-GB"><body><main class="m" data-pagefind-body><h1>Hi</h1></main></body></html>`);
  });

  it("gives nothing for a page without data-pagefind-body, so that it never reaches Pagefind", () => {
    expect(searchableDocument(`<!DOCTYPE html><html lang="en-GB"><body><main><h1>Search</h1></main></body></html>`)).toBeUndefined();
    expect(searchableDocument(wardHtml)).toBeUndefined();
  });

  it("gives a marked page that is not our layout's whole, for Pagefind to read as it is", () => {
    const page = `<html><body><div data-pagefind-body><h1>Other</h1></div></body></html>`;
    expect(searchableDocument(page)).toBe(page);
  });

  it("gives Pagefind the same record as the whole page, from fewer bytes", async () => {
    const trimmed = searchableDocument(boroughHtml);
    expect(trimmed).toBeDefined();
    expect(trimmed!.length).toBeLessThan(boroughHtml.length * 0.8);
    const [whole, part] = [await indexed(boroughHtml), await indexed(trimmed!)];
    expect(part).toEqual(whole);
    expect(part.meta.title).toBe("Camden Safer Neighbourhoods teams");
    expect(part.filters).toMatchObject({ borough: ["Camden"] });
  });
});
