import { isMap, isScalar, isSeq, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Edit, Path } from "./merge.ts";

/*
 * Apply the merge's edits to a ward file parsed with yaml's Document API, so
 * that everything the sync does not touch keeps its comments, key order and
 * quoting. A new key goes where the schema lists it, not at the end of its map.
 */

const KEY_ORDER: Record<string, readonly string[]> = {
  ward: ["id", "name", "slug", "borough", "centre", "description", "sample", "team", "locations", "contact_details", "priorities", "events", "neighbours", "last_reviewed"],
  team: ["name", "role", "rank", "bio", "contact_details", "also_covers"],
  locations: ["name", "type", "address", "postcode", "opening_hours", "front_counter"],
  priorities: ["issue", "action", "date_set", "date_updated", "status"],
  events: ["title", "type", "start_date", "end_date", "address", "description"],
  contact: ["email", "telephone", "social"],
  social: ["label", "url"],
};

function orderFor(path: Path): readonly string[] {
  if (path.length === 0) return KEY_ORDER["ward"] ?? [];
  const last = path[path.length - 1];
  if (last === "contact_details") return KEY_ORDER["contact"] ?? [];
  const list = path[path.length - 2];
  return typeof list === "string" ? (KEY_ORDER[list] ?? []) : [];
}

export function applyEdits(doc: Document, edits: readonly Edit[]): void {
  const order = { set: 0, remove: 1, append: 2 } as const;
  // Sets address entries by their index before any removal shifts them; appends go last.
  const sorted = edits.map((edit, i) => ({ edit, i })).sort((a, b) => order[a.edit.kind] - order[b.edit.kind] || a.i - b.i);
  for (const { edit } of sorted) {
    if (edit.kind === "set") setValue(doc, edit.path, edit.value);
    else if (edit.kind === "remove") seqAt(doc, edit.path).delete(edit.index);
    else {
      const seq = seqAt(doc, edit.path);
      const node = doc.createNode(edit.value);
      blockStrings(node);
      if (edit.comment) node.commentBefore = ` ${edit.comment}`;
      if (seq.items.length === 0) dropExample(doc, edit.path);
      seq.flow = false; // An empty `[]` becomes a block list once it has entries.
      seq.items.push(node);
    }
  }
}

/** New multi-line strings as `|` blocks rather than quoted strings full of \\n. */
function blockStrings(node: unknown): void {
  visit(node as Node, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === "string" && scalar.value.includes("\n")) scalar.type = "BLOCK_LITERAL";
    },
  });
}

function setValue(doc: Document, path: Path, value: unknown): void {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string;
  const parent = mapAt(doc, parentPath);
  const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
  if (value === undefined) {
    if (pair) parent.delete(key);
    return;
  }
  if (pair) {
    // Keep the scalar node (and its comment) when only its value changes.
    if (isScalar(pair.value) && (value === null || typeof value !== "object")) {
      pair.value.value = value;
      // Several lines read best as a block; one line as whatever the library picks.
      if (typeof value === "string" && value.includes("\n")) pair.value.type = "BLOCK_LITERAL";
      else if (pair.value.type === "BLOCK_LITERAL" || pair.value.type === "BLOCK_FOLDED") delete pair.value.type;
    } else {
      pair.value = doc.createNode(value);
      blockStrings(pair.value);
    }
    return;
  }
  if (parent.items.length === 0) dropExample(doc, parentPath);
  const keys = orderFor(parentPath);
  const rank = keys.indexOf(key);
  const at = parent.items.findIndex((item) => {
    const other = keys.indexOf(String(isScalar(item.key) ? item.key.value : item.key));
    return rank !== -1 && other > rank;
  });
  parent.flow = false;
  parent.items.splice(at === -1 ? parent.items.length : at, 0, doc.createPair(key, value));
}

/**
 * import:wards writes a commented example under each empty top-level list
 * (`team: []` then `# team:` and a sample entry). Once the sync fills the
 * list, the example is only in the way: drop it.
 */
function dropExample(doc: Document, path: Path): void {
  if (path.length !== 1 || !isMap(doc.contents)) return;
  const items = doc.contents.items;
  const at = items.findIndex((item) => (isScalar(item.key) ? item.key.value : item.key) === path[0]);
  const next = items[at + 1]?.key;
  if (at === -1 || !isScalar(next) || next.commentBefore === undefined || next.commentBefore === null) return;
  const lines = next.commentBefore.split("\n");
  const start = lines.findIndex((line) => line.trim() === `${String(path[0])}:`);
  if (start === -1) return;
  // The example runs from "# team:" to the next line that is not indented under it.
  let end = start + 1;
  while (end < lines.length && /^ {2,}\S/.test(lines[end] ?? "")) end++;
  const rest = [...lines.slice(0, start), ...lines.slice(end)];
  next.commentBefore = rest.length > 0 ? rest.join("\n") : undefined;
}

function mapAt(doc: Document, path: Path): YAMLMap {
  if (path.length === 0) {
    if (!isMap(doc.contents)) throw new Error("the ward file is not a set of fields");
    return doc.contents;
  }
  let node = doc.getIn(path, true);
  if (node === undefined || node === null) {
    setValue(doc, path, {});
    node = doc.getIn(path, true);
  }
  if (!isMap(node)) throw new Error(`${path.join(".")} is not a set of fields`);
  return node;
}

function seqAt(doc: Document, path: Path): YAMLSeq {
  let node = doc.getIn(path, true);
  if (node === undefined || node === null) {
    setValue(doc, path, []);
    node = doc.getIn(path, true);
  }
  if (!isSeq(node)) throw new Error(`${path.join(".")} is not a list`);
  return node;
}
