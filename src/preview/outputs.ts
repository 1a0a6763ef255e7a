/**
 * Files the previous full build wrote that this one did not: pages of content
 * deleted or moved while the preview runs. Eleventy never empties its output
 * folder, so without this a deleted page would still be served.
 */
export function staleOutputs(previous: ReadonlySet<string>, current: ReadonlySet<string>): string[] {
  return [...previous].filter((file) => !current.has(file)).sort();
}
