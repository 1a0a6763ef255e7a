import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleCss } from "../../../src/css/bundle.ts";

const dir = mkdtempSync(path.join(tmpdir(), "sn-css-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(files: Record<string, string>): string {
  for (const [name, css] of Object.entries(files)) writeFileSync(path.join(dir, name), css);
  return path.join(dir, "main.css");
}

describe("bundleCss", () => {
  it("inlines @imports, in order, and minifies", () => {
    const file = entry({ "main.css": '@import "a.css";\n@import "b.css";\n', "a.css": ".a {\n  color: red;\n}\n", "b.css": ".b {\n  margin: 0px;\n}\n" });
    const css = new TextDecoder().decode(bundleCss(file).code);
    expect(css).toBe(".a{color:red}.b{margin:0}");
  });

  it("lowers syntax for the project's browserslist targets", () => {
    const file = entry({ "main.css": ".a { user-select: none; }\n" });
    const css = new TextDecoder().decode(bundleCss(file).code);
    // package.json's targets include Safari, which still needs the prefix.
    expect(css).toBe(".a{-webkit-user-select:none;user-select:none}");
  });

  it("names the file by its name and a hash of its content", () => {
    const one = bundleCss(entry({ "main.css": ".a{color:red}" }), { name: "site" });
    expect(one.fileName).toMatch(/^site\.[0-9a-f]{8,}\.css$/);
    expect(bundleCss(entry({ "main.css": ".a{color:red}" }), { name: "site" }).fileName).toBe(one.fileName);
    expect(bundleCss(entry({ "main.css": ".a{color:blue}" }), { name: "site" }).fileName).not.toBe(one.fileName);
  });
});
