import type { ComponentChildren } from "preact";

export type TagVariant = "open" | "in-progress" | "resolved" | "vacant";

export interface TagProps {
  readonly variant: TagVariant;
  /** The words carry the meaning; the colour only helps. */
  readonly children: ComponentChildren;
}

/** A short status label, such as a priority's "In progress". Styles: assets/css/components/tag.css. */
export function Tag({ variant, children }: TagProps) {
  return <strong class={`sn-tag sn-tag--${variant}`}>{children}</strong>;
}
