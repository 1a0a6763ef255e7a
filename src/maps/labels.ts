import { polygonArea, polygonCentroid } from "d3-polygon";

/*
 * Names on a map: where each goes (the centroid of what is drawn), whether it
 * fits its area at the desktop and phone type sizes, and moving labels apart
 * so that none covers another.
 */

export interface MapLabel {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  /** False when the name does not fit inside its area: then it is left off, and the link's tooltip names it. */
  readonly fits: boolean;
  /** Whether it still fits in the larger type used on narrow screens (NARROW_SCALE times bigger). */
  readonly fitsNarrow: boolean;
}

/** How much bigger labels are on narrow screens (area-map.css): the borough and London maps shrink most on a phone. */
export const NARROW_SCALE = 1.5;

/** Splits a name into lines of about `width` characters, at spaces. */
export function wrapLabel(name: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of name.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The label goes at the centroid of the largest ring drawn (d3-polygon), kept inside the frame. */
export function placeLabel(drawn: { readonly rings: readonly [number, number][][] }, name: string, size: { width: number; height: number; fontSize: number }): MapLabel | undefined {
  let largest: [number, number][] | undefined;
  let largestArea = 0;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of drawn.rings) {
    const area = Math.abs(polygonArea(ring));
    if (area > largestArea) {
      largestArea = area;
      largest = ring;
    }
  }
  if (!largest) return undefined;
  for (const [x, y] of largest) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const [cx, cy] = polygonCentroid(largest);
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return undefined;
  const lines = wrapLabel(name);
  const longest = Math.max(...lines.map((line) => line.length));
  const fitsAt = (fontSize: number) => longest * fontSize * 0.55 <= (x1 - x0) * 0.9 && lines.length * fontSize * 1.15 <= (y1 - y0) * 0.8;
  const textWidth = longest * size.fontSize * 0.55;
  const textHeight = lines.length * size.fontSize * 1.15;
  // Keep the whole label inside the frame, even for an area mostly outside it.
  const x = clamp(cx, textWidth / 2 + 2, size.width - textWidth / 2 - 2);
  const y = clamp(cy, textHeight / 2 + 2, size.height - textHeight / 2 - 2);
  return { x: Math.round(x), y: Math.round(y), lines, fits: fitsAt(size.fontSize), fitsNarrow: fitsAt(size.fontSize * NARROW_SCALE) };
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Room for a label, generously: WCAG's text spacing (0.12em between letters) must not make two meet. */
function labelBox(label: MapLabel, fontSize: number): Box {
  const width = Math.max(...label.lines.map((line) => line.length)) * fontSize * 0.72 + 4;
  const height = label.lines.length * fontSize * 1.3 + 2;
  return { x0: label.x - width / 2, y0: label.y - height / 2, x1: label.x + width / 2, y1: label.y + height / 2 };
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Moves a label up or down, a line at a time, until it is clear of the labels
 * placed before it (the page's own ward's first); drops it if no place within
 * three lines is clear (the area's link still has its name, and the page lists it).
 */
export function spreadLabels<T extends { readonly label?: MapLabel | undefined }>(
  areas: readonly T[],
  size: { height: number; fontSize: number },
): T[] {
  const placed: Box[] = [];
  const step = size.fontSize * 1.15;
  return areas.map((area) => {
    const { label } = area;
    if (!label) return area;
    for (const offset of [0, step, -step, 2 * step, -2 * step, 3 * step, -3 * step]) {
      const moved = { ...label, y: Math.round(label.y + offset) };
      const box = labelBox(moved, size.fontSize);
      if (box.y0 < 0 || box.y1 > size.height) continue;
      if (!placed.some((other) => overlaps(box, other))) {
        placed.push(box);
        return { ...area, label: moved };
      }
    }
    return { ...area, label: undefined };
  });
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

