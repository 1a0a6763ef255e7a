/**
 * Whether the preview's content check failed for the build under way. Set by
 * the preview plugin as each build starts (before any data is read); read by
 * the plugins that would otherwise throw on the same mistakes. In a blocked
 * build no page is written, so the preview keeps showing the last good pages,
 * under a banner that lists the problems.
 */
export const previewGate = { blocked: false };
