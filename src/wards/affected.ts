import { wardCodeKey } from "./codes.ts";
import type { Ward } from "./schema.ts";

/**
 * The wards whose pages can differ after an edit to ward files, given the
 * wards of the previous build. The loader hands back the very same (frozen)
 * object for a file that did not change, so identity tells changed from
 * unchanged. A ward's page also shows the names of the wards it links to (its
 * neighbours, and the wards its officers also cover), so a ward that points at
 * a changed, added or removed ward is affected too.
 */
export function affectedWards(previous: readonly Ward[], current: readonly Ward[]): Set<Ward> {
  const before = new Map(previous.map((ward) => [wardCodeKey(ward.id), ward]));
  const changedCodes = new Set<string>();
  const affected = new Set<Ward>();
  for (const ward of current) {
    const key = wardCodeKey(ward.id);
    if (before.get(key) !== ward) {
      changedCodes.add(key);
      affected.add(ward);
    }
    before.delete(key);
  }
  // Whatever is left was removed.
  for (const key of before.keys()) changedCodes.add(key);
  if (changedCodes.size === 0) return affected;
  for (const ward of current) {
    if (affected.has(ward)) continue;
    const links = [...ward.neighbours, ...ward.team.flatMap((member) => member.also_covers ?? [])];
    if (links.some((code) => changedCodes.has(wardCodeKey(code)))) affected.add(ward);
  }
  return affected;
}

/** Whether a page of the previous build has no ward any more: a ward file deleted, or a ward moved to another address. */
export function wardsRemoved(previous: readonly Ward[], current: readonly Ward[]): boolean {
  const address = (ward: Ward) => `${wardCodeKey(ward.id)} ${ward.borough.slug}/${ward.slug}`;
  const now = new Set(current.map(address));
  return previous.some((ward) => !now.has(address(ward)));
}
