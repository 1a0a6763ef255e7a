import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { stringifyWard } from "../../../src/wards/skeleton-file.ts";
import type { WardInput } from "../../../src/wards/schema.ts";

/** A temporary project: returns its root; wards go in <root>/content/wards. */
export function tempProject(): string {
  return mkdtempSync(path.join(tmpdir(), "wards-test-"));
}

/** Temporary projects for a test file: each call makes one, removed after the test that made it. */
export function tempProjects(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return () => {
    const root = tempProject();
    made.push(root);
    return root;
  };
}

/** Write a ward where it belongs (or at `relativeFile` under the project root) and return the path shown to authors. */
export function writeWard(root: string, input: WardInput, relativeFile?: string): string {
  const file = relativeFile ?? `content/wards/${input.borough.slug}/${input.slug}.yaml`;
  const absolute = path.join(root, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, stringifyWard(input, "Test ward."));
  return file;
}

/** The 1-based line of the first line of `file` containing `text`. */
export function lineOf(file: string, text: string): number {
  const index = readFileSync(file, "utf8")
    .split("\n")
    .findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}
