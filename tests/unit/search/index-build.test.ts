import path from "node:path";
import { describe, expect, it } from "vitest";
import { SearchIndexBuild } from "../../../src/search/index-build.ts";
import type { SearchIndexReport, SearchIndexSession } from "../../../src/search/indexer.ts";
import type { SearchRecord } from "../../../src/search/records.ts";

const OUT = path.join("out");
const page = (body: string) => `<!DOCTYPE html><html lang="en-GB"><body><header>Menu</header><main data-pagefind-body>${body}</main></body></html>`;
const notForSearch = `<!DOCTYPE html><html><body><main>Not found</main></body></html>`;
const record = (url: string): SearchRecord => ({ url, content: url, meta: { title: url }, filters: {} });
const REPORT: SearchIndexReport = { filesSeen: 0, records: 0, writeMs: 0, pagesIndexed: 0 };

/** A Pagefind session that writes down what it is asked, and finishes when told to. */
class FakeSession implements SearchIndexSession {
  readonly calls: string[] = [];
  readonly html = new Map<string, string>();
  #release: (() => void) | undefined;
  #failWith: Error | undefined;

  add(sourcePath: string, html: string) {
    this.calls.push(`add ${sourcePath}`);
    this.html.set(sourcePath, html);
  }
  addRecord(record: SearchRecord) {
    this.calls.push(`record ${record.url}`);
  }
  finish(outputPath: string) {
    this.calls.push(`finish ${outputPath}`);
    return new Promise<SearchIndexReport>((resolve, reject) => {
      this.#release = () => (this.#failWith ? reject(this.#failWith) : resolve(REPORT));
    });
  }
  async abort() {
    this.calls.push("abort");
  }
  /** Lets a finish in progress complete (or fail). */
  release(error?: Error) {
    this.#failWith = error;
    this.#release?.();
  }
}

function setUp() {
  const sessions: FakeSession[] = [];
  const reports: SearchIndexReport[] = [];
  const errors: string[] = [];
  const build = new SearchIndexBuild({
    startSession: () => {
      const session = new FakeSession();
      sessions.push(session);
      return session;
    },
    onReport: (report) => reports.push(report),
    onPreviewError: (message) => errors.push(message),
  });
  const out = (file: string) => path.join(OUT, file);
  return { build, sessions, reports, errors, out };
}

describe("SearchIndexBuild in a production build", () => {
  it("indexes records and searchable pages, and writes the index as soon as the last page for search is in", async () => {
    const { build, sessions, reports, out } = setUp();
    await build.begin({ outputDir: OUT, preview: false });
    build.addRecords([record("/areas/camden/camden-town/")]);
    build.expect(["/", "/faq/", "/404.html", "/areas/camden/camden-town/", "/sitemap.xml"]);
    build.page("/", out("index.html"), page("Home"));
    build.page("/404.html", out("404.html"), notForSearch);
    build.page("/sitemap.xml", out("sitemap.xml"), "<urlset/>");
    const session = sessions[0]!;
    expect(session.calls).not.toContain(`finish ${path.join(OUT, "pagefind")}`);

    build.page("/faq/", out("faq/index.html"), page("Questions"));
    // The last page for search: the index is written now, before Eleventy has written the ward page.
    expect(session.calls).toEqual([
      "record /areas/camden/camden-town/",
      "add index.html",
      "add faq/index.html",
      `finish ${path.join(OUT, "pagefind")}`,
    ]);
    // Only <main> goes to Pagefind, not the header.
    expect(session.html.get("faq/index.html")).not.toContain("Menu");

    // The ward page's HTML comes later and is not indexed: its record is.
    build.page("/areas/camden/camden-town/", out("areas/camden/camden-town/index.html"), page("Camden Town"));
    expect(session.calls).toHaveLength(4);
    const ended = build.end({ preview: false });
    let done = false;
    void ended.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    session.release();
    await ended;
    expect(reports).toHaveLength(1);
  });

  it("writes the index at the end when no content map came", async () => {
    const { build, sessions, out } = setUp();
    await build.begin({ outputDir: OUT, preview: false });
    build.page("/", out("index.html"), page("Home"));
    expect(sessions[0]!.calls).toEqual(["add index.html"]);
    const ended = build.end({ preview: false });
    expect(sessions[0]!.calls.at(-1)).toBe(`finish ${path.join(OUT, "pagefind")}`);
    sessions[0]!.release();
    await ended;
  });

  it("fails a build whose page for search arrives after the index was written", async () => {
    const { build, sessions, out } = setUp();
    await build.begin({ outputDir: OUT, preview: false });
    build.expect(["/"]);
    build.page("/", out("index.html"), page("Home"));
    expect(() => build.page("/late/", out("late/index.html"), page("Late"))).toThrow(/late\/index\.html arrived after the search index was written/);
    // A late page that is not for search is harmless.
    expect(() => build.page("/404.html", out("404.html"), notForSearch)).not.toThrow();
    sessions[0]!.release();
    await build.end({ preview: false });
  });

  it("reports a failure to write the index from end()", async () => {
    const { build, sessions, out } = setUp();
    await build.begin({ outputDir: OUT, preview: false });
    build.expect(["/"]);
    build.page("/", out("index.html"), page("Home"));
    sessions[0]!.release(new Error("Pagefind could not build the search index"));
    await expect(build.end({ preview: false })).rejects.toThrow("Pagefind could not build the search index");
  });

  it("closes the session of a build that failed before it ended", async () => {
    const { build, sessions } = setUp();
    await build.begin({ outputDir: OUT, preview: false });
    await build.begin({ outputDir: OUT, preview: false });
    expect(sessions).toHaveLength(2);
    expect(sessions[0]!.calls).toEqual(["abort"]);
    expect(sessions[1]!.calls).toEqual([]);
  });
});

describe("SearchIndexBuild in the preview", () => {
  it("indexes the whole site on a rebuild that wrote only some pages, in the background", async () => {
    const { build, sessions, out } = setUp();
    await build.begin({ outputDir: OUT, preview: true });
    build.expect(["/", "/faq/"]);
    build.page("/", out("index.html"), page("Home"));
    build.page("/faq/", out("faq/index.html"), page("Questions"));
    // Not finished when the last page arrives: a rebuild may bring more.
    expect(sessions[0]!.calls).toEqual(["add index.html", "add faq/index.html"]);
    await build.end({ preview: true });
    expect(sessions[0]!.calls.at(-1)).toBe(`finish ${path.join(OUT, "pagefind")}`);

    // The next rebuild waits for the previous index before it starts a session.
    const second = build.begin({ outputDir: OUT, preview: true });
    await Promise.resolve();
    expect(sessions).toHaveLength(1);
    sessions[0]!.release();
    await second;
    build.page("/faq/", out("faq/index.html"), page("Questions, edited"));
    await build.end({ preview: true });
    const session = sessions[1]!;
    expect(session.calls).toEqual(["add faq/index.html", "add index.html", `finish ${path.join(OUT, "pagefind")}`]);
    expect(session.html.get("faq/index.html")).toContain("Questions, edited");
    session.release();
    await build.settled();
  });

  it("forgets a page that is no longer for search, and reports a failed index without throwing", async () => {
    const { build, sessions, errors, out } = setUp();
    await build.begin({ outputDir: OUT, preview: true });
    build.page("/", out("index.html"), page("Home"));
    build.page("/draft/", out("draft/index.html"), page("Draft"));
    await build.end({ preview: true });
    sessions[0]!.release();
    await build.begin({ outputDir: OUT, preview: true });
    build.page("/draft/", out("draft/index.html"), notForSearch);
    await build.end({ preview: true });
    expect(sessions[1]!.calls).toEqual(["add index.html", `finish ${path.join(OUT, "pagefind")}`]);
    sessions[1]!.release(new Error("Pagefind stopped"));
    await build.settled();
    expect(errors).toEqual(["Pagefind stopped"]);
  });
});
