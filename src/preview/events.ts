/**
 * Emitted by the wards plugin when a preview rebuild renders only some ward
 * pages: the pages it leaves out are still valid, so the preview must not
 * take them for left-overs of deleted content.
 */
export const PARTIAL_RENDER_EVENT = "safer-neighbourhoods:partial-render";
