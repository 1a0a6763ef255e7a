import { z } from "zod";
import { pageFrontMatterSchema } from "../content/pages.ts";
import { faqFrontMatterSchema } from "../faq/schema.ts";
import { wardSchema } from "../wards/schema.ts";

/**
 * What each field is for, in plain words, by its path (`[]` for each item of
 * a list). The guide's tables and the editor's hover help are made from the
 * zod schemas plus these notes; a test fails when a field has no note or a
 * note has no field, so neither can drift from the schemas.
 */
export const FIELD_NOTES = {
  ward: {
    id: "The ward's ONS code, like `E05013655`. Never change it: redirects and neighbours use it.",
    name: "The ward's name, as the council writes it.",
    slug: "The end of the page's address and the file's name: lowercase words and hyphens, like `camden-town`.",
    borough: "The borough the ward is in.",
    "borough.code": "The borough's ONS code, like `E09000007`.",
    "borough.name": "The borough's name, like `Camden`; the same in every ward file of the borough.",
    "borough.slug": "The borough's folder and address, like `camden`.",
    centre: "The middle of the ward, from the ONS ward list.",
    "centre.latitude": "Latitude, in London.",
    "centre.longitude": "Longitude, in London.",
    description: "A paragraph or two about the area and the team, in markdown, without headings.",
    sample: "`true` for made-up sample content; the page then says so.",
    team: "The people in the team. Leave it `[]` until you have the details: the page then says they are on their way.",
    "team[].name": "The person's name, like `Jane Smith`.",
    "team[].role": "What they do in the ward.",
    "team[].rank": "Their rank as data.police.uk writes it: `PC`, `PCSO`, `Sgt`, `SC`.",
    "team[].bio": "A sentence or two about them.",
    "team[].contact_details": "Their own email or telephone, if the public may use them (same fields as the team's).",
    "team[].contact_details.email": "Their email address.",
    "team[].contact_details.telephone": "Their telephone number, in quotes, with spaces.",
    "team[].contact_details.social": "Their social media links.",
    "team[].contact_details.social[].label": "What the link is, like `X (Twitter)`.",
    "team[].contact_details.social[].url": "The full `https://` address.",
    "team[].also_covers": "For supporting roles only: codes of other wards they also work in.",
    locations: "Where the team is based. `[]` when it has no public base.",
    "locations[].name": "The name of the place, like `Camden Town police office`.",
    "locations[].type": "What kind of place it is.",
    "locations[].address": "The street address.",
    "locations[].postcode": "Its postcode, like `NW1 0AG`. The ward map marks the base from it.",
    "locations[].opening_hours": "When the public can visit, like `Mon–Fri 10:00–16:00`.",
    "locations[].front_counter": "`true` if it has a front counter open to the public.",
    contact_details: "How to reach the team. `{}` when there are none yet: the page then says to call 101.",
    "contact_details.email": "The team's email address.",
    "contact_details.telephone": 'The team\'s telephone number, in quotes, with spaces: `"020 7946 0101"`.',
    "contact_details.social": "The team's social media links.",
    "contact_details.social[].label": "What the link is, like `X (Twitter)`.",
    "contact_details.social[].url": "The full `https://` address.",
    priorities: "The issues the team agreed with residents to work on.",
    "priorities[].issue": "The issue, in a short sentence.",
    "priorities[].action": "What the team is doing about it.",
    "priorities[].date_set": "When it was set, `YYYY-MM-DD`.",
    "priorities[].date_updated": "When the action was last updated, `YYYY-MM-DD`. Update it at least every 3 months.",
    "priorities[].status": "Where it stands.",
    events: "Meetings and events. Past ones are left out of the page by themselves.",
    "events[].title": "The event's name.",
    "events[].type": "What kind of event it is. Hold a `ward-panel-meeting` at least every 3 months.",
    "events[].start_date": "When it starts, London time, `YYYY-MM-DDTHH:MM`, like `2027-03-04T18:30`.",
    "events[].end_date": "When it ends, after the start, in the same format.",
    "events[].address": "Where it happens.",
    "events[].description": "A sentence or two about it.",
    neighbours: "The codes of the wards next to this one.",
    last_reviewed: "The date a person last checked the whole page, `YYYY-MM-DD`. Leave it out until someone has; review every 6 months.",
  },
  faq: {
    question: "The question, as people would ask it.",
    summary: "The answer in one sentence; it shows under the question.",
    order: "The question's place on the FAQ page, a whole number; each question has its own.",
    topics: "One or more topics, like `[teams]`.",
    draft: "`true` keeps the question out of the published site and search; the preview shows it with a draft banner.",
  },
  page: {
    title: "The page's title and heading.",
    description: "One or two sentences for search engines and link previews.",
    lead: "One sentence shown under the page's heading.",
    layout: "The layout from `layouts/`, like `page.11ty.tsx`.",
    permalink: "The page's address, like `/accessibility/`.",
    draft: "`true` keeps the page out of the published site and search; the preview shows it with a draft banner.",
  },
} as const;

export type ContentKind = keyof typeof FIELD_NOTES;

const SCHEMAS: Readonly<Record<ContentKind, z.ZodType>> = { ward: wardSchema, faq: faqFrontMatterSchema, page: pageFrontMatterSchema };

interface JsonSchemaNode {
  type?: string;
  enum?: readonly string[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  required?: readonly string[];
  items?: JsonSchemaNode;
  additionalProperties?: unknown;
  description?: string;
  markdownDescription?: string;
  [key: string]: unknown;
}

/** One field of a content file, as the guide's tables show it. */
export interface FieldRow {
  readonly path: string;
  readonly required: boolean;
  readonly allowed: string;
  readonly note: string;
}

/**
 * The JSON Schema of a kind of content, for editors (the YAML language
 * server): the zod schema as authors write it (before defaults), with each
 * field's note as its description, and unknown fields marked as errors.
 */
export function contentJsonSchema(kind: ContentKind): JsonSchemaNode {
  const schema = z.toJSONSchema(SCHEMAS[kind], { io: "input", unrepresentable: "any" }) as JsonSchemaNode;
  const notes = FIELD_NOTES[kind] as Readonly<Record<string, string>>;
  walk(schema, "", (node, path) => {
    const note = notes[path];
    if (note !== undefined) {
      node.description = note.replace(/`/g, "");
      node.markdownDescription = note;
    }
    if (node.type === "object" && node.properties) node.additionalProperties = false;
  });
  return { title: TITLES[kind], ...schema };
}

const TITLES: Readonly<Record<ContentKind, string>> = {
  ward: "A ward's Safer Neighbourhoods team (content/wards/<borough>/<ward>.yaml)",
  faq: "A FAQ question's front matter (content/faq/*.md)",
  page: "A markdown page's front matter (content/*.md)",
};

/** Every field of a kind of content, in schema order, with whether it is required and what it may hold. */
export function fieldRows(kind: ContentKind): FieldRow[] {
  const rows: FieldRow[] = [];
  const notes = FIELD_NOTES[kind] as Readonly<Record<string, string>>;
  walk(contentJsonSchema(kind), "", (node, path, required) => {
    // A list's items are described by their fields.
    if (path === "" || path.endsWith("[]")) return;
    rows.push({ path, required, allowed: allowedValues(node), note: notes[path] ?? "" });
  });
  return rows;
}

/** The fields of a kind of content as a markdown table. */
export function fieldTable(kind: ContentKind): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return [
    "| field | required | allowed values | what it is |",
    "| --- | --- | --- | --- |",
    ...fieldRows(kind).map((row) => `| \`${row.path}\` | ${row.required ? "yes" : "no"} | ${cell(row.allowed)} | ${cell(row.note)} |`),
  ].join("\n");
}

function allowedValues(node: JsonSchemaNode): string {
  if (node.enum) return node.enum.map((value) => `\`${value}\``).join(", ");
  if (node.type === "boolean") return `\`true\` or \`false\`${node.default !== undefined ? ` (default \`${String(node.default)}\`)` : ""}`;
  if (node.format === "date") return "a date, `YYYY-MM-DD`";
  if (node.format === "email") return "an email address";
  if (node.pattern === "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$") return "a London date and time, `YYYY-MM-DDTHH:MM`";
  if (node.type === "number" || node.type === "integer") {
    if (node.minimum !== undefined && node.maximum !== undefined && node.maximum < 1e9) return `a number from ${node.minimum} to ${node.maximum}`;
    return node.type === "integer" ? "a whole number from 1" : "a number";
  }
  if (node.type === "array") {
    const item = node.items ?? {};
    if (item.type === "object") return "a list (`[]` for none) of the fields below";
    if (item.pattern === "^E05\\d{6}N?$") return "a list (`[]` for none) of ward codes";
    return `a list (\`[]\` for none) of ${allowedValues(item)}`;
  }
  if (node.type === "object") return "the fields below";
  if (node.pattern) return "text, in the form described";
  return node.maxLength !== undefined ? `text, up to ${node.maxLength} characters` : "text";
}

/** Visit every field, depth first, in schema order, with its path (`[]` for list items) and whether it is required. */
function walk(node: JsonSchemaNode, path: string, visit: (node: JsonSchemaNode, path: string, required: boolean) => void, required = true): void {
  visit(node, path, required);
  const object = node.type === "array" ? node.items : node;
  const prefix = node.type === "array" ? `${path}[]` : path;
  if (object?.type === "object" && object.properties) {
    if (node.type === "array") visit(object, prefix, true);
    for (const [key, child] of Object.entries(object.properties)) {
      const childRequired = (object.required ?? []).includes(key) && child.default === undefined;
      walk(child, prefix === "" ? key : `${prefix}.${key}`, visit, childRequired);
    }
  }
}
