import { existsSync } from "node:fs";
import path from "node:path";

/** The shared ONS ward list, beside the repository and never copied into it. */
export const LONDON_CSV = path.resolve("../shared/data/wards/london_wards_2024.csv");

export const londonSkipReason = `${LONDON_CSV} is missing (the shared ONS London ward list beside this repository)`;

export function hasLondonWardList(): boolean {
  return existsSync(LONDON_CSV);
}
