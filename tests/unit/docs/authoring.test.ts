import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { FIELD_NOTES, fieldRows, type ContentKind } from "../../../src/docs/fields.ts";
import { schemaFiles, withFieldTables } from "../../../src/docs/generate.ts";
import { validateWard } from "../../../src/wards/schema.ts";

const guide = readFileSync("docs/AUTHORING.md", "utf8");

describe("docs/AUTHORING.md and the editor schemas", () => {
  it("has field tables that match the schemas (run npm run docs after changing a schema)", () => {
    expect(guide).toBe(withFieldTables(guide));
  });

  it("has committed JSON Schemas that match the zod schemas (run npm run docs)", () => {
    for (const [file, text] of Object.entries(schemaFiles())) expect(readFileSync(file, "utf8"), file).toBe(text);
  });

  it.each(["ward", "faq", "page"] as const)("has a note for every %s field, and no note for a field that is gone", (kind: ContentKind) => {
    const paths = fieldRows(kind).map((row) => row.path);
    expect(paths.filter((path) => fieldRows(kind).find((row) => row.path === path)?.note === "")).toEqual([]);
    expect(Object.keys(FIELD_NOTES[kind]).filter((path) => !paths.includes(path))).toEqual([]);
  });

  it("lists every allowed value of a ward's roles, base types, statuses and event types", () => {
    const allowed = (path: string) => fieldRows("ward").find((row) => row.path === path)?.allowed ?? "";
    expect(allowed("team[].role")).toContain("`dedicated-officer`");
    expect(allowed("locations[].type")).toContain("`police-station`");
    expect(allowed("priorities[].status")).toContain("`in-progress`");
    expect(allowed("events[].type")).toContain("`ward-panel-meeting`");
    expect(fieldRows("ward").find((row) => row.path === "last_reviewed")?.required).toBe(false);
  });

  it("has a ward template that is a valid ward file", () => {
    const template = /<!-- ward-template -->\n```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(template).toBeDefined();
    const result = validateWard(parse(template ?? ""));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("is linked from the README, and the editor settings use the ward schema", () => {
    expect(readFileSync("README.md", "utf8")).toContain("](docs/AUTHORING.md)");
    const settings = JSON.parse(readFileSync(".vscode/settings.json", "utf8")) as { "yaml.schemas": Record<string, string[]> };
    expect(settings["yaml.schemas"]["./schemas/ward.schema.json"]).toEqual(["content/wards/**/*.yaml"]);
  });
});

describe("the daily rebuild", () => {
  it("is a scheduled workflow calling the build hook whose secret the README names", () => {
    const workflow = parse(readFileSync(".github/workflows/daily-rebuild.yml", "utf8")) as {
      on: { schedule: { cron: string }[] };
      jobs: { rebuild: { steps: { env?: Record<string, string>; run?: string }[] } };
    };
    expect(workflow.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const step = workflow.jobs.rebuild.steps[0];
    expect(step?.env?.["NETLIFY_BUILD_HOOK"]).toBe("${{ secrets.NETLIFY_BUILD_HOOK }}");
    expect(step?.run).toContain('-X POST');
    expect(readFileSync("README.md", "utf8")).toContain("**`NETLIFY_BUILD_HOOK`**");
  });
});
