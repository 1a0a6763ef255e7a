import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load as loadYamlWithoutPositions } from "js-yaml";
import type { ContentProblem } from "../content/problems.ts";
import { parseYaml, problemsFromIssues } from "../content/yaml.ts";
import { wardCodeInSource } from "./codes.ts";
import { validateWard, type Ward } from "./schema.ts";

/*
 * Finding ward files on disk and reading one: the per-file half of loading,
 * which the loader caches and may run on two threads.
 */

/** A valid ward and the file it came from, as the cross-file checks need both. */
export interface WardEntry {
  /** Path as shown to authors, e.g. `content/wards/camden/camden-town.yaml`. */
  readonly file: string;
  readonly ward: Ward;
}

/** A ward file's absolute path, and its path as shown to authors. */
export interface WardFile {
  readonly absolute: string;
  readonly shown: string;
}

export interface FileOutcome {
  readonly entry?: WardEntry;
  readonly problems: readonly ContentProblem[];
  /** The ward code of a file that failed validation, if it could be read. */
  readonly looseCode?: string;
}

/** Every `<wardsDir>/<borough>/<ward>.yaml`, sorted; a misplaced file is a problem, not silently skipped. */
export function findWardFiles(wardsDir: string, show: (file: string) => string): { files: string[]; problems: ContentProblem[] } {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  const misplaced = (file: string, message: string) => problems.push({ file: show(file), field: "", message });
  let boroughs;
  try {
    boroughs = readdirSync(wardsDir, { withFileTypes: true });
  } catch (error) {
    // A site with no ward pages yet is valid.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { files, problems };
    throw error;
  }
  for (const borough of boroughs) {
    const boroughPath = path.join(wardsDir, borough.name);
    if (borough.name.startsWith(".")) continue;
    if (!borough.isDirectory()) {
      if (/\.ya?ml$/.test(borough.name)) {
        misplaced(boroughPath, "ward files go in a folder named after their borough: wards/<borough-slug>/<ward-slug>.yaml");
      }
      continue;
    }
    for (const item of readdirSync(boroughPath, { withFileTypes: true })) {
      const itemPath = path.join(boroughPath, item.name);
      if (item.name.startsWith(".")) continue;
      if (item.isDirectory()) {
        misplaced(itemPath, "ward files go directly in their borough's folder; folders inside it are not read");
      } else if (item.name.endsWith(".yaml")) {
        files.push(itemPath);
      } else if (item.name.endsWith(".yml")) {
        misplaced(itemPath, "ward files end in .yaml; rename this file so that it is read");
      }
    }
  }
  return { files: files.sort(), problems };
}

/** js-yaml with the YAML 1.2 core schema, as the \`yaml\` library reads it: dates stay strings. */
function readWithoutPositions(source: string): unknown {
  try {
    return loadYamlWithoutPositions(source, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** Read and validate one ward file; a file that fails is parsed again to name the line of each problem. */
export function readWardFile(absolute: string, file: string): FileOutcome {
  const source = readFileSync(absolute, "utf8");
  // Most files are valid: js-yaml reads them about three times faster than
  // the \`yaml\` library, because it keeps no source positions. Only a file
  // that fails pays for the full parser, whose positions name the line to fix.
  const simple = readWithoutPositions(source);
  if (simple !== undefined) {
    const result = validateWard(simple);
    if (result.ok) return { entry: { file, ward: deepFreeze(result.ward) }, problems: [] };
  }
  const parsed = parseYaml(source, file);
  if (parsed.problems.length > 0) {
    // Still learn the code if we can, so neighbours of a broken file are not also reported.
    const id = wardCodeInSource(source);
    return { problems: parsed.problems, ...(id ? { looseCode: id } : {}) };
  }
  if (parsed.value === null || parsed.value === undefined) {
    return { problems: [{ file, line: 1, field: "", message: "the file is empty; expected a ward's fields (id, name, slug, ...)" }] };
  }
  const result = validateWard(parsed.value);
  if (result.ok) return { entry: { file, ward: deepFreeze(result.ward) }, problems: [] };
  const id: unknown = (parsed.value as { id?: unknown }).id;
  return {
    problems: problemsFromIssues(file, parsed, result.issues),
    ...(typeof id === "string" ? { looseCode: id } : {}),
  };
}

/** Wards are shared between loads and pages: frozen, so nothing can change one behind the cache's back. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

