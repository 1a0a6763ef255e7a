import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import type { SyncedWard } from "../../../src/sync/synced.ts";
import { mergeWard } from "../../../src/sync/merge.ts";
import { applyEdits } from "../../../src/sync/yaml-edit.ts";

const api = (over: Partial<SyncedWard> = {}): SyncedWard => ({
  description: "From the API.",
  contact_details: { email: "team@met.police.uk", social: [] },
  team: [{ name: "Dan Hughes", role: "dedicated-officer", rank: "PC", bio: "Dan's bio." }],
  locations: [],
  priorities: [
    { issue: "Theft", date_set: "2026-01-01", status: "open" },
    { issue: "Noise", date_set: "2026-02-01", status: "open" },
  ],
  events: [],
  ...over,
});

const FILE = `# The author's note stays.
id: E05013655
name: Camden Town
description: From the API.
team:
  - name: Dan Hughes # Dan
    role: dedicated-officer
    rank: PC
    bio: Dan's bio.
    also_covers: []
contact_details:
  email: team@met.police.uk
priorities:
  - issue: Theft
    date_set: 2026-01-01
    status: open
  - issue: Noise
    date_set: 2026-02-01
    status: open
  - issue: Graffiti # the author's own
    date_set: 2026-03-01
    status: open
events: []
`;

function run(file: string, base: SyncedWard | undefined, theirs: SyncedWard) {
  const doc = parseDocument(file);
  const result = mergeWard({ yours: doc.toJS() as Record<string, unknown>, base, theirs });
  applyEdits(doc, result.edits);
  return { ...result, text: doc.toString({ lineWidth: 0 }) };
}

describe("mergeWard", () => {
  it("changes nothing when the API has not changed", () => {
    const { edits, conflicts } = run(FILE, api(), api());
    expect(edits).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it("takes the API's value for a field the author has not touched", () => {
    const { text, conflicts } = run(FILE, api(), api({ team: [{ name: "Dan Hughes", role: "dedicated-officer", rank: "PC", bio: "New bio." }] }));
    expect(conflicts).toEqual([]);
    expect(text).toContain("  - name: Dan Hughes # Dan\n    role: dedicated-officer\n    rank: PC\n    bio: New bio.\n    also_covers: []\n");
    expect(text.startsWith("# The author's note stays.\n")).toBe(true);
  });

  it("keeps the author's value when both changed, and reports it", () => {
    const file = FILE.replace("bio: Dan's bio.", "bio: The author's bio.");
    const { text, conflicts } = run(file, api(), api({ team: [{ name: "Dan Hughes", role: "dedicated-officer", rank: "PC", bio: "New bio." }] }));
    expect(text).toContain("bio: The author's bio.");
    expect(conflicts).toEqual([{ field: 'team "Dan Hughes" bio', yours: "The author's bio.", theirs: "New bio." }]);
  });

  it("keeps the author's edit quietly when the API has not changed that field", () => {
    const file = FILE.replace("bio: Dan's bio.", "bio: The author's bio.");
    expect(run(file, api(), api())).toMatchObject({ edits: [], conflicts: [] });
  });

  it("removes an entry the API dropped, unless the author edited it, and keeps the author's own entries", () => {
    const dropped = api({ priorities: [{ issue: "Theft", date_set: "2026-01-01", status: "open" }] });
    const removed = run(FILE, api(), dropped);
    expect(removed.text).not.toContain("Noise");
    expect(removed.text).toContain("- issue: Graffiti # the author's own");

    const edited = run(FILE.replace("date_set: 2026-02-01\n    status: open", "date_set: 2026-02-01\n    status: resolved"), api(), dropped);
    expect(edited.text).toContain("Noise");
    expect(edited.conflicts).toEqual([{ field: 'priorities "Noise"', yours: { issue: "Noise", date_set: "2026-02-01", status: "resolved" }, theirs: undefined }]);
  });

  it("adds new entries at the end of the list and new keys in schema order", () => {
    const { text } = run(
      FILE,
      api(),
      api({ contact_details: { email: "team@met.police.uk", telephone: "020 7946 0000", social: [] }, events: [{ title: "Panel", type: "other", start_date: "2030-01-01T18:00", end_date: "2030-01-01T19:00", address: "Hall" }] }),
    );
    expect(text).toContain("contact_details:\n  email: team@met.police.uk\n  telephone: 020 7946 0000\n");
    expect(text).toContain("events:\n  - title: Panel\n    type: other\n");
  });

  it("does not bring back an entry the author deleted", () => {
    const file = FILE.replace("  - issue: Noise\n    date_set: 2026-02-01\n    status: open\n", "");
    expect(run(file, api(), api())).toMatchObject({ edits: [], conflicts: [] });
  });

  it("on a first sync, fills empty fields and reports a filled one that differs", () => {
    const skeleton = "id: E05013655\nname: Camden Town\ndescription: The details of the Safer Neighbourhoods team for Camden Town have not been added yet.\nteam: []\ncontact_details: {}\npriorities: []\nevents: []\n";
    const filled = run(skeleton, undefined, api());
    expect(filled.conflicts).toEqual([]);
    expect(filled.text).toContain("description: From the API.\nteam:\n  - name: Dan Hughes\n");
    expect(filled.text).toContain("contact_details:\n  email: team@met.police.uk\n");

    const written = run(FILE.replace("description: From the API.", "description: The author's words."), undefined, api());
    expect(written.conflicts).toEqual([{ field: "description", yours: "The author's words.", theirs: "From the API." }]);
  });

  it("writes a multi-line description as a block", () => {
    const { text } = run(FILE, api(), api({ description: "One.\n\nTwo." }));
    expect(text).toContain("description: |-\n  One.\n\n  Two.\n");
  });
});
