import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every TypeScript file under a folder, with the module paths it imports. */
function imports(folder: string): { file: string; from: string }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .flatMap((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [...readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*? from "([^"]+)";/gms)].map((match) => ({
        file,
        from: path.normalize(path.join(path.dirname(file), match[1] ?? "")),
      }));
    });
}

const into = (folder: string) => ({ from }: { from: string }) => from === folder || from.startsWith(`${folder}${path.sep}`);

describe("where things live", () => {
  it("keeps the site's code (src/, layouts/) free of test and harness code", () => {
    const wrong = [...imports("src"), ...imports("layouts")].filter((i) => into("tests")(i) || into("harness")(i));
    expect(wrong).toEqual([]);
  });

  it("lets the benchmark and the harness use harness/, never tests/", () => {
    const all = [...imports("bench"), ...imports("harness")];
    expect(all.some(into("harness"))).toBe(true);
    expect(all.filter(into("tests"))).toEqual([]);
  });
});
