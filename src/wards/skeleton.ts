import type { Ward } from "./schema.ts";

/**
 * A ward whose team has not been added yet, such as a file made by
 * `npm run import:wards`. Its page must not say that posts are vacant: we do
 * not know who the team is, which is a different thing.
 */
export function isSkeleton(ward: Pick<Ward, "team">): boolean {
  return ward.team.length === 0;
}

/** Which of a ward's two dedicated posts are empty (never for a skeleton: its team is not known yet). */
export function vacantPosts(ward: Pick<Ward, "team">): ("dedicated officer" | "dedicated PCSO")[] {
  if (isSkeleton(ward)) return [];
  const vacant: ("dedicated officer" | "dedicated PCSO")[] = [];
  if (!ward.team.some((member) => member.role === "dedicated-officer")) vacant.push("dedicated officer");
  if (!ward.team.some((member) => member.role === "dedicated-pcso")) vacant.push("dedicated PCSO");
  return vacant;
}
