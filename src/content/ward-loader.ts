import path from "node:path";
import { createWardLoader, type WardLoader } from "../wards/load.ts";

const loaders = new Map<string, WardLoader>();

/**
 * One caching ward loader per content folder for the whole process: the
 * content check and the wards plugin read the same files in one preview
 * rebuild, and only the first of them pays for the files that changed.
 */
export function sharedWardLoader(contentDir: string): WardLoader {
  const key = path.resolve(contentDir);
  let loader = loaders.get(key);
  if (!loader) loaders.set(key, (loader = createWardLoader(contentDir)));
  return loader;
}
