import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSearchIndexThread } from "../../../src/search/index-thread.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "sn-index-thread-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = `<!DOCTYPE html><html lang="en"><body><main data-pagefind-body><h1>What is a PCSO?</h1><p>Police community support officers.</p></main></body></html>`;
const record = {
  url: "/areas/camden/camden-town/",
  content: "Camden Town, ward in Camden. PC Jane Smith, Dedicated ward officer.",
  meta: { title: "Camden Town Safer Neighbourhoods team" },
  filters: { borough: ["Camden"] },
};

describe("startSearchIndexThread", () => {
  it("indexes pages and records on its own thread and reports what it wrote", async () => {
    const session = startSearchIndexThread();
    session.add("faq/what-is-a-pcso/index.html", page);
    session.addRecord(record);
    const report = await session.finish(path.join(out, "pagefind"));
    expect(report).toMatchObject({ filesSeen: 1, records: 1, pagesIndexed: 2 });
    expect(() => session.add("late/index.html", page)).toThrow(/already finished/);
  });

  it("turns Pagefind crashing (here on an output folder that is a file) into an error instead of a hang", async () => {
    const blocked = path.join(out, "a-file");
    writeFileSync(blocked, "");
    const session = startSearchIndexThread();
    session.addRecord(record);
    await expect(session.finish(path.join(blocked, "pagefind"))).rejects.toThrow(/Pagefind stopped without writing the search index/);
  });

  it("can be abandoned without writing anything", async () => {
    const session = startSearchIndexThread();
    session.addRecord(record);
    await expect(session.abort()).resolves.toBeUndefined();
  });
});
