import type { Box } from "./labels.ts";

/** An area's box in map units, from what was drawn. */
function boxOf(d: string): Box | undefined {
  const numbers = d.match(/[Mlz]|-?\d+/g) ?? [];
  let [x, y, x0, y0, x1, y1] = [0, 0, Infinity, Infinity, -Infinity, -Infinity];
  let mode = "";
  let pending: number | undefined;
  for (const token of numbers) {
    if (token === "M" || token === "l" || token === "z") {
      mode = token;
      continue;
    }
    const n = Number(token);
    if (pending === undefined) {
      pending = n;
      continue;
    }
    if (mode === "M") [x, y] = [pending, n];
    else [x, y] = [x + pending, y + n];
    pending = undefined;
    if (mode === "M") mode = "l";
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return Number.isFinite(x0) ? { x0, y0, x1, y1 } : undefined;
}

/** As a keyboard user expects: along a row, then down; the same rule the keyboard tests check. */
function follows(previous: Box, next: Box): boolean {
  const overlap = Math.min(previous.y1, next.y1) - Math.max(previous.y0, next.y0);
  const sameRow = overlap > 0.5 * Math.min(previous.y1 - previous.y0, next.y1 - next.y0);
  if (sameRow) return next.x0 >= previous.x0;
  if (next.y0 >= previous.y0) return true;
  return next.x0 >= previous.x1;
}

/**
 * The areas in reading order, so that Tab moves through a map's links along
 * and down it, as through text. Irregular shapes have no one right order: of
 * a few candidate orders (by top, middle, bottom, left), each improved by
 * swapping neighbours that go backwards, the one with fewest backward steps wins.
 */
export function readingOrder<T extends { readonly d: string }>(areas: readonly T[]): T[] {
  type Item = { area: T; box: Box };
  const items: Item[] = areas.map((area) => ({ area, box: boxOf(area.d) ?? { x0: 0, y0: 0, x1: 0, y1: 0 } }));
  const wrongSteps = (list: readonly Item[]) => list.slice(1).filter((item, k) => !follows((list[k] as Item).box, item.box)).length;
  const improve = (list: Item[]): Item[] => {
    let best = wrongSteps(list);
    for (let pass = 0; pass < list.length && best > 0; pass++) {
      let improved = false;
      for (let k = 0; k + 1 < list.length; k++) {
        const [a, b] = [list[k] as Item, list[k + 1] as Item];
        if (follows(a.box, b.box)) continue;
        [list[k], list[k + 1]] = [b, a];
        const now = wrongSteps(list);
        if (now < best) {
          best = now;
          improved = true;
        } else {
          [list[k], list[k + 1]] = [a, b];
        }
      }
      if (!improved) break;
    }
    return list;
  };
  const keys: ((box: Box) => number)[] = [(b) => b.y0, (b) => b.y0 + b.y1, (b) => b.y1, (b) => b.x0];
  const orders = keys.map((key) => improve([...items].sort((a, b) => key(a.box) - key(b.box) || a.box.x0 - b.box.x0)));
  const best = orders.reduce((a, b) => (wrongSteps(b) < wrongSteps(a) ? b : a));
  return best.map((item) => item.area);
}
