import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, type TempContent } from "../../harness/temp-content.ts";

/** Run `npm run build`'s command on a content folder, as an author would. */
function buildCli(contentDir: string) {
  return spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "node_modules/@11ty/eleventy/cmd.cjs",
      "--config=.eleventy.ts",
      `--output=${mkdtempSync(path.join(tmpdir(), "sn-bad-"))}`,
    ],
    { env: { ...process.env, SN_CONTENT_DIR: contentDir }, encoding: "utf8" },
  );
}

describe("a ward file with mistakes", () => {
  let content: TempContent;
  let result: ReturnType<typeof buildCli>;

  beforeAll(() => {
    content = copyContent();
    const badFile = path.join(content.contentDir, "wards", "camden", "two-mistakes.yaml");
    copyFileSync("tests/fixtures/wards/invalid/wards/camden/two-mistakes.yaml", badFile);
    result = buildCli(content.contentDir);
  });
  afterAll(() => content.cleanup());

  it("fails the build", () => {
    expect(result.status).not.toBe(0);
  });

  it("names the file, line and field of both mistakes", () => {
    const output = `${result.stdout}\n${result.stderr}`;
    const file = `${content.contentDir}/wards/camden/two-mistakes.yaml`;
    expect(output).toContain(`${file}:21:15 locations[0].postcode: expected a UK postcode`);
    expect(output).toContain(`${file}:23:10 contact_details.email: expected an email address`);
    expect(output).toMatch(/2 problems in content; nothing was published/);
  });

  it("prints no stack trace", () => {
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(output).not.toContain("Original error stack trace");
  });
});
