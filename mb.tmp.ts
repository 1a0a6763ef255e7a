import { readBoundaries } from "./src/maps/boundaries.ts";
import { AreaMaps } from "./src/maps/area-maps.ts";
import { buildDirectory } from "./src/wards/directory.ts";
const mem = () => Math.round(process.memoryUsage().heapUsed / 1e6);
globalThis.gc?.();
console.log("start", mem());
const topo = readBoundaries("content")!;
globalThis.gc?.(); console.log("topo", mem());
const maps = new AreaMaps(topo);
globalThis.gc?.(); console.log("geo", mem());
const dir = buildDirectory([], new Date());
for (const code of maps.geography.wards.keys()) { const w = { id: code }; maps.ward(w, maps.neighbours(w, dir)); }
globalThis.gc?.(); console.log("after ward maps", mem());
