import { existsSync } from "node:fs";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import pLimit from "p-limit";
import { isMap, isScalar, parseDocument, stringify } from "yaml";
import { slugify } from "../markdown/markdown.ts";
import { WARD_CODE, wardCodeKey } from "../wards/codes.ts";
import { skeletonWard } from "../wards/skeleton-file.ts";
import { validateWard } from "../wards/schema.ts";
import { apiEventsSchema, apiNeighbourhoodListSchema, apiNeighbourhoodSchema, apiPeopleSchema, apiPrioritiesSchema, type ApiTeam } from "./api.ts";
import { createClient, type ClientOptions, type PoliceApiClient } from "./client.ts";
import { findWardFiles, readIfExists, readSnapshot, snapshotPath, snapshotText, writeAtomically, type WardFileInfo } from "./files.ts";
import { mapTeam } from "./map.ts";
import { keyText, type RoleFlag } from "./synced.ts";
import { mergeWard, syncedFieldsOf, type Conflict, type Edit } from "./merge.ts";
import { applyEdits } from "./yaml-edit.ts";

/*
 * One run of `npm run sync:police`: list the force's neighbourhoods, then for
 * each (a few at a time) fetch its team, map it, merge it into the ward file
 * and write the file and its snapshot. A ward that fails is reported and
 * skipped; the others go on.
 */

export const DEFAULT_BASE_URL = "https://data.police.uk/api";
export const DEFAULT_FORCE = "metropolitan";

export interface SyncOptions {
  readonly contentDir: string;
  readonly force?: string;
  readonly baseUrl?: string;
  /** Sync only this ward (a code, with or without the N suffix). */
  readonly ward?: string;
  /** Work out and report every change, as diffs, but write nothing. */
  readonly dryRun?: boolean;
  /** Create a file for a listed ward that has none. */
  readonly create?: boolean;
  readonly client?: Omit<ClientOptions, "baseUrl">;
  /** Wards fetched at once (each is four requests). */
  readonly wardConcurrency?: number;
  readonly now?: Date;
  /** `last_reviewed` for created files (YYYY-MM-DD, London). */
  readonly today?: string;
  /** Paths in the report are relative to this (default: the current directory). */
  readonly root?: string;
  /** Called as each ward finishes, for progress. */
  readonly onWard?: (outcome: WardOutcome, done: number, total: number) => void;
}

export type WardStatus = "updated" | "unchanged" | "created" | "failed";

export interface WardOutcome {
  /** The neighbourhood's id on data.police.uk. */
  readonly id: string;
  readonly name: string;
  /** The ward file, relative to root. */
  readonly file?: string;
  readonly status: WardStatus;
  readonly reason?: string;
  readonly conflicts: readonly Conflict[];
  /** Roles the sync wrote but could not tell for sure. */
  readonly roleFlags: readonly RoleFlag[];
  readonly notes: readonly string[];
  /** With dryRun: what would change, as a unified diff. */
  readonly diff?: string;
}

export interface SyncReport {
  readonly force: string;
  readonly dryRun: boolean;
  readonly outcomes: readonly WardOutcome[];
  /** Neighbourhoods that match no ward file. */
  readonly unmatched: readonly { readonly id: string; readonly name: string; readonly reason: string }[];
  /** Ward files whose ward the API does not list. */
  readonly unlisted: readonly { readonly code: string; readonly name: string; readonly file: string }[];
  readonly requests: number;
  readonly elapsedMs: number;
}

/** The run could not start (the neighbourhood list failed): nothing was written. */
export class SyncError extends Error {
  readonly skipOriginalStack = true;
}

const SAMPLE_COMMENT = /sample content|illustrative/i;

export async function runSync(options: SyncOptions): Promise<SyncReport> {
  const started = performance.now();
  const force = options.force ?? DEFAULT_FORCE;
  const root = path.resolve(options.root ?? process.cwd());
  const show = (file: string) => {
    const relative = path.relative(root, path.resolve(file));
    return (relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join("/");
  };
  const client = createClient({ baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""), ...options.client });
  const files = findWardFiles(options.contentDir);

  let list;
  try {
    list = await client.get(`/${encodeURIComponent(force)}/neighbourhoods`, apiNeighbourhoodListSchema);
  } catch (error) {
    throw new SyncError(`could not list ${force}'s neighbourhoods: ${(error as Error).message}`);
  }

  const wanted = options.ward === undefined ? undefined : wardCodeKey(options.ward.trim().toUpperCase());
  const listed = wanted === undefined ? list : list.filter((n) => wardCodeKey(n.id.toUpperCase()) === wanted);
  if (wanted !== undefined && listed.length === 0) {
    throw new SyncError(`${force} lists no neighbourhood with the code ${options.ward}; nothing was synced`);
  }

  const unmatched: { id: string; name: string; reason: string }[] = [];
  const jobs: { id: string; name: string; info?: WardFileInfo }[] = [];
  const seen = new Map<string, string>();
  for (const n of listed) {
    const id = n.id.trim();
    if (!WARD_CODE.test(id)) {
      unmatched.push({ id, name: n.name, reason: "not an ONS ward code" });
      continue;
    }
    const twin = seen.get(wardCodeKey(id));
    if (twin !== undefined) {
      // E05013806 and E05013806N are one ward: sync it once.
      unmatched.push({ id, name: n.name, reason: `the same ward as ${twin}, which was synced` });
      continue;
    }
    seen.set(wardCodeKey(id), id);
    const info = files.get(wardCodeKey(id));
    if (info || options.create) jobs.push({ id, name: n.name, ...(info ? { info } : {}) });
    else unmatched.push({ id, name: n.name, reason: "no ward file has this code (--create makes one)" });
  }
  const listedCodes = new Set(list.map((n) => wardCodeKey(n.id.trim().toUpperCase())));
  const unlisted =
    wanted !== undefined
      ? []
      : [...files.entries()].filter(([code]) => !listedCodes.has(code)).map(([, info]) => ({ code: info.code, name: info.name, file: show(info.file) }));

  const boroughs = new Map([...files.values()].flatMap((info) => (info.borough ? [[info.borough.slug, info.borough] as const] : [])));
  const context: WardContext = { options, client, show, boroughs, now: options.now ?? new Date() };
  const limit = pLimit(options.wardConcurrency ?? 4);
  let done = 0;
  const outcomes = await Promise.all(
    jobs.map((job) =>
      limit(async () => {
        const outcome = await syncWard(job, context).catch(
          (error: unknown): WardOutcome => ({
            id: job.id,
            name: job.info?.name ?? job.name,
            ...(job.info ? { file: show(job.info.file) } : {}),
            status: "failed",
            reason: error instanceof Error ? error.message : String(error),
            conflicts: [],
            roleFlags: [],
            notes: [],
          }),
        );
        options.onWard?.(outcome, ++done, jobs.length);
        return outcome;
      }),
    ),
  );
  return { force, dryRun: options.dryRun ?? false, outcomes, unmatched, unlisted, requests: client.requests, elapsedMs: performance.now() - started };
}

interface WardContext {
  readonly options: SyncOptions;
  readonly client: PoliceApiClient;
  readonly show: (file: string) => string;
  readonly boroughs: ReadonlyMap<string, NonNullable<WardFileInfo["borough"]>>;
  readonly now: Date;
}

async function fetchTeam(client: PoliceApiClient, force: string, id: string): Promise<ApiTeam> {
  const base = `/${encodeURIComponent(force)}/${encodeURIComponent(id)}`;
  const results = await Promise.allSettled([
    client.get(base, apiNeighbourhoodSchema),
    client.get(`${base}/people`, apiPeopleSchema),
    client.get(`${base}/priorities`, apiPrioritiesSchema),
    client.get(`${base}/events`, apiEventsSchema),
  ] as const);
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  const [neighbourhood, people, priorities, events] = results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [
    ApiTeam["neighbourhood"],
    ApiTeam["people"],
    ApiTeam["priorities"],
    ApiTeam["events"],
  ];
  return { id, neighbourhood, people, priorities, events };
}

async function syncWard(job: { id: string; name: string; info?: WardFileInfo }, context: WardContext): Promise<WardOutcome> {
  const { options, client, show } = context;
  const team = await fetchTeam(client, options.force ?? DEFAULT_FORCE, job.id);

  const existing = job.info === undefined ? undefined : readIfExists(job.info.file);
  const made = existing === undefined ? newWardFile(job, team, context) : undefined;
  const file = made?.file ?? (job.info as WardFileInfo).file;
  const before = existing ?? "";
  const source = made?.text ?? before;
  const created = made !== undefined;
  const shown = show(file);
  const fail = (reason: string): WardOutcome => ({ id: job.id, name: job.info?.name ?? job.name, file: shown, status: "failed", reason, conflicts: [], roleFlags: [], notes: [] });

  const doc = parseDocument(source);
  const yours = doc.toJS() as Record<string, unknown>;
  const current = validateWard(yours);
  if (doc.errors.length > 0 || !current.ok) {
    const first = doc.errors[0]?.message ?? (current.ok ? "" : `${current.issues[0]?.path.join(".")}: ${current.issues[0]?.message}`);
    return fail(`the ward file has mistakes; fix them first (npm run build lists them): ${first.split("\n")[0]}`);
  }
  const wardName = current.ward.name;

  const mapped = mapTeam(team, { wardName, now: context.now });
  const snapshotFile = snapshotPath(options.contentDir, job.id);
  const snapshot = readSnapshot(snapshotFile);
  // Sample content is made up, not an author's: the first sync replaces it.
  const replacingSample = snapshot === undefined && yours["sample"] === true;
  const base = snapshot?.fields ?? (replacingSample ? syncedFieldsOf(yours) : undefined);
  const flags = new Map(mapped.roleFlags.map((flag) => [keyText(flag.name), flag]));
  const { edits, conflicts } = mergeWard({
    yours,
    theirs: mapped.ward,
    base,
    comments: (list, key) => {
      const flag = list === "team" ? flags.get(key) : undefined;
      return flag ? `sync: check this role: ${flag.reason}` : undefined;
    },
  });
  const allEdits: Edit[] = [...edits];
  if (replacingSample) {
    allEdits.push({ kind: "set", path: ["sample"], value: undefined });
    const top = isMap(doc.contents) ? doc.contents : undefined;
    const note = " Team details from data.police.uk (npm run sync:police). Edit freely: the sync keeps your edits.";
    if (doc.commentBefore && SAMPLE_COMMENT.test(doc.commentBefore)) doc.commentBefore = note;
    else if (top?.commentBefore && SAMPLE_COMMENT.test(top.commentBefore)) top.commentBefore = note;
    else {
      const firstKey = top?.items[0]?.key;
      if (isScalar(firstKey) && firstKey.commentBefore && SAMPLE_COMMENT.test(firstKey.commentBefore)) firstKey.commentBefore = note;
    }
  }
  applyEdits(doc, allEdits);
  const after = allEdits.length > 0 ? doc.toString({ lineWidth: 0 }) : source;

  const merged = validateWard(parseDocument(after).toJS());
  if (!merged.ok) {
    const issue = merged.issues[0];
    return fail(`the merged file would not be valid, so nothing was written: ${issue?.path.join(".")}: ${issue?.message}`);
  }

  const nextSnapshot = snapshotText({ neighbourhood: job.id, fields: mapped.ward });
  const changed = after !== before;
  if (!options.dryRun) {
    // The ward file first: if the run stops between the two writes, the next run
    // sees the new values as the author's, which match the API and so change nothing.
    if (changed) await writeAtomically(file, after);
    if (readIfExists(snapshotFile) !== nextSnapshot) await writeAtomically(snapshotFile, nextSnapshot);
  }
  const touchedRoles = new Set(
    allEdits.flatMap((edit) => {
      if (edit.kind === "append" && edit.path[0] === "team") return [keyText(String((edit.value as { name?: unknown }).name))];
      if (edit.kind === "set" && edit.path[0] === "team" && edit.path[2] === "role") {
        const member = (yours["team"] as Record<string, unknown>[] | undefined)?.[edit.path[1] as number];
        return [keyText(String(member?.["name"]))];
      }
      return [];
    }),
  );
  return {
    id: job.id,
    name: wardName,
    file: shown,
    status: created ? "created" : changed ? "updated" : "unchanged",
    conflicts,
    roleFlags: mapped.roleFlags.filter((flag) => touchedRoles.has(keyText(flag.name))),
    notes: mapped.notes,
    ...(options.dryRun && changed ? { diff: createTwoFilesPatch(created ? "/dev/null" : shown, shown, before, after, "", "", { context: 2 }) } : {}),
  };
}

/**
 * A new file for a ward the API lists and we have no file for: its identity
 * and empty sections, which the merge then fills. The borough comes from the
 * team's page address (…/met/<borough-slug>/…), as one of ours.
 */
function newWardFile(job: { id: string; name: string }, team: ApiTeam, context: WardContext): { file: string; text: string } {
  const segments = (team.neighbourhood.url_force ?? "").split("/").filter(Boolean);
  const borough = segments.map((segment) => context.boroughs.get(segment.toLowerCase())).find((b) => b !== undefined);
  if (!borough) {
    throw new Error(`no ward file, and its borough cannot be told from its page address (${team.neighbourhood.url_force ?? "none"}), so no file was created`);
  }
  const name = (team.neighbourhood.name ?? job.name).trim();
  const file = path.join(context.options.contentDir, "wards", borough.slug, `${slugify(name)}.yaml`);
  if (existsSync(file)) throw new Error(`no ward file has this code, and ${context.show(file)} belongs to another ward`);
  // A skeleton claims no review (no last_reviewed) until a person has checked the page.
  const skeleton = skeletonWard({ code: wardCodeKey(job.id), name, boroughCode: borough.code, boroughName: borough.name });
  // The borough's folder names its slug, as the other files in it have it.
  const ward = { ...skeleton, borough: { ...skeleton.borough, slug: borough.slug } };
  const header = "# Created by `npm run sync:police -- --create` from data.police.uk. Edit freely: the sync keeps your edits.\n";
  return { file, text: `${header}${stringify(ward, { lineWidth: 0 })}` };
}
