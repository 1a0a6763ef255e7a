import { contentJsonSchema, fieldTable, type ContentKind } from "./fields.ts";

/** The JSON Schema files editors read, by path in the repository. */
export function schemaFiles(): Record<string, string> {
  return {
    "schemas/ward.schema.json": `${JSON.stringify(contentJsonSchema("ward"), null, 2)}\n`,
    "schemas/faq.schema.json": `${JSON.stringify(contentJsonSchema("faq"), null, 2)}\n`,
    "schemas/page.schema.json": `${JSON.stringify(contentJsonSchema("page"), null, 2)}\n`,
  };
}

const START = (kind: ContentKind) => `<!-- fields:${kind} (made by npm run docs from the schemas; do not edit) -->`;
const END = (kind: ContentKind) => `<!-- /fields:${kind} -->`;

/** The guide with each field table replaced by one made from the schemas now. */
export function withFieldTables(guide: string): string {
  let result = guide;
  for (const kind of ["ward", "faq", "page"] as const) {
    const start = result.indexOf(START(kind));
    const end = result.indexOf(END(kind));
    if (start === -1 || end === -1) throw new Error(`docs/AUTHORING.md has no ${START(kind)} ... ${END(kind)} markers`);
    result = `${result.slice(0, start)}${START(kind)}\n${fieldTable(kind)}\n${result.slice(end)}`;
  }
  return result;
}
