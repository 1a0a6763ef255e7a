import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fastParseYaml } from "../../../src/wards/fast-yaml.ts";

/** Every .yaml file under a folder, recursively. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The fast reader must either decline or agree exactly with the `yaml` library. */
function agrees(source: string): boolean {
  const fast = fastParseYaml(source);
  if (fast === undefined) return true;
  expect(fast).toStrictEqual(parse(source));
  return true;
}

describe("fastParseYaml", () => {
  it("reads the sample content and the valid fixtures exactly as the yaml library does", () => {
    const files = [...yamlFiles("content/wards"), ...yamlFiles("tests/fixtures/wards/valid")];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      // These are plainly written: the fast path must take them, or it is no use.
      expect(fastParseYaml(source), file).toStrictEqual(parse(source));
    }
  });

  it("agrees with, or declines, every invalid fixture", () => {
    for (const file of yamlFiles("tests/fixtures/wards/invalid")) agrees(readFileSync(file, "utf8"));
  });

  it.each([
    ["plain scalars", "a: text\nb: text with 'quotes' and colons:inside, commas\nc: https://x.example/a#b\nd: x #comment\ne: x#notcomment"],
    ["numbers as YAML 1.2 reads them", "a: 0207\nb: 1e3\nc: .5\nd: +3\ne: -0.14505\nf: 1_000\ng: 3.\nh: 2026-01-01\ni: 020 7946 0000"],
    ["null and booleans", "a: ~\nb: null\nc: Null\nd: true\ne: FALSE\nf: yes\ng: no\nh:"],
    ["quoted scalars", "a: 'it''s'\nb: \"say \\\"hi\\\"\\n\\u00e9\"\nc: '# not a comment' # a comment\nd: \"\""],
    ["sequences level with their key", "team:\n- a\n- b\nname: x"],
    ["nested sequences of mappings", "team:\n  - name: A\n    also_covers:\n      - E05013664\n    rank: PC\n  -   name: B\n      rank: PCSO\n  -\n    name: C\nn: 1"],
    ["empty collections and comments", "# top\na: []\nb: {}\n  # indented comment\nc:\n  d: 1 # end\n\n\ne: 2\n"],
    ["Windows line ends", "a: 1\r\nb:\r\n  - x\r\n"],
  ])("reads %s like the yaml library", (_, source) => {
    expect(fastParseYaml(source)).toStrictEqual(parse(source));
  });

  it.each([
    ["a block scalar", "a: |\n  text\n"],
    ["a folded block scalar", "a: >-\n  text\n"],
    ["a multi-line plain scalar", "a: text\n  more\nb: 1"],
    ["a multi-line quoted scalar", 'a: "text\n  more"\n'],
    ["a flow sequence", "a: [1, 2]\n"],
    ["a flow mapping", "a: {b: 1}\n"],
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a document marker", "---\na: 1\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a tab", "a:\n\t- 1\n"],
    ["a byte-order mark", "\uFEFFa: 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a quoted key", '"a": 1\n'],
    ["a key named null", "null: 1\n"],
    ["a __proto__ key", "__proto__: 1\n"],
    ["a hex number", "a: 0x1F\n"],
    ["an octal number", "a: 0o17\n"],
    ["infinity", "a: .inf\n"],
    ["a top-level sequence", "- 1\n- 2\n"],
    ["a top-level scalar", "hello\n"],
    ["an empty document", "# nothing\n"],
    ["bad indentation", "a:\n    b: 1\n  c: 2\n"],
    ["a mapping value after a plain scalar", "a: b: c\n"],
    ["a sequence inside a sequence entry", "a:\n  - - 1\n"],
    ["an unclosed quote", "a: 'text\n"],
    ["text after a closing quote", "a: 'text' more\n"],
    ["an unknown escape", 'a: "\\x41"\n'],
    ["an indicator at the start of a scalar", "a: @home\n"],
    ["a lone carriage return", "a: 1\rb: 2\n"],
  ])("declines %s, leaving it to the full parser", (_, source) => {
    expect(fastParseYaml(source)).toBeUndefined();
  });
});
