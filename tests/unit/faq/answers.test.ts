import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Words that carry meaning: four letters or more, lower case. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

/** How much of the shorter text's vocabulary the other repeats, 0 to 1. */
function overlap(a: string, b: string): number {
  const [small, large] = [words(a), words(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (small.size === 0) return 0;
  return [...small].filter((word) => large.has(word)).length / small.size;
}

describe("FAQ answers", () => {
  // The question page shows the summary as its lead, so the answer must go on from it, not say it again.
  it("do not open by repeating their summary", () => {
    for (const name of readdirSync("content/faq").filter((n) => n.endsWith(".md"))) {
      const source = readFileSync(`content/faq/${name}`, "utf8");
      const summary = /^summary: (.*)$/m.exec(source)?.[1] ?? "";
      const body = source.replace(/^---[\s\S]*?\n---\n/, "").trim();
      const first = body.split(/\n\s*\n/)[0] ?? "";
      expect(overlap(summary, first), `${name}: "${first}"`).toBeLessThan(0.5);
    }
  });

  it("the check catches an answer that repeats its summary", () => {
    expect(overlap("Some teams are based at police stations.", "Some teams are based at a local police station.")).toBeGreaterThanOrEqual(0.5);
  });

  it("make no claim about crime falling without saying where it comes from", () => {
    for (const name of readdirSync("content/faq").filter((n) => n.endsWith(".md"))) {
      const source = readFileSync(`content/faq/${name}`, "utf8");
      expect(source, name).not.toMatch(/less crime|crime is (?:falling|decreasing|down)|becoming safer/i);
    }
  });

  it("include what a ward panel is", () => {
    const source = readFileSync("content/faq/what-is-a-ward-panel.md", "utf8");
    expect(source).toMatch(/question: What is a ward panel\?/);
    expect(source).toMatch(/who live or work in the ward/);
    expect(source).toMatch(/agree the ward's priorities/);
    expect(source).toMatch(/To join the panel/);
  });
});
