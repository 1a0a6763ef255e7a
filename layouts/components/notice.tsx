import type { ComponentChildren } from "preact";

export interface NoticeProps {
  readonly children: ComponentChildren;
  /** "info" (default) for things to read first; "warning" for things that may mislead if missed. */
  readonly variant?: "info" | "warning";
}

/** A block to read before the rest of the page. Styles: assets/css/components/notice.css. */
export function Notice({ children, variant = "info" }: NoticeProps) {
  return <div class={variant === "warning" ? "sn-notice sn-notice--warning" : "sn-notice"}>{children}</div>;
}
