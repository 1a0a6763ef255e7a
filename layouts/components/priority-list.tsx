import { guidesForText, type GuideLink } from "../../src/report/match.ts";
import { PRIORITY_STATUS_LABELS } from "../../src/wards/labels.ts";
import type { Priority } from "../../src/wards/schema.ts";
import { FormattedDate } from "./formatted-date.tsx";
import { Tag } from "./tag.tsx";

export interface PriorityListProps {
  readonly priorities: readonly Priority[];
  /** "Report a problem" guides; a priority that is about one links to it. */
  readonly guides?: readonly GuideLink[];
}

/** The ward's priorities as agreed with residents; each issue is an h3 under the caller's h2. */
export function PriorityList({ priorities, guides = [] }: PriorityListProps) {
  if (priorities.length === 0) {
    return <p class="sn-priority-list__empty">The team has not published any local priorities yet.</p>;
  }
  return (
    <ul class="sn-priority-list">
      {priorities.map((priority, i) => (
        <li class="sn-priority" key={`${priority.issue}-${i}`}>
          <h3 class="sn-priority__issue">{priority.issue}</h3>
          <p class="sn-priority__status">
            <span class="sn-visually-hidden">Status: </span>
            <Tag variant={priority.status}>{PRIORITY_STATUS_LABELS[priority.status]}</Tag>
          </p>
          {priority.action !== undefined && (
            <p class="sn-priority__action">
              <strong>What the team is doing:</strong> {priority.action}
            </p>
          )}
          <p class="sn-priority__dates">
            Set <FormattedDate date={priority.date_set} />
            {priority.date_updated !== undefined && (
              <>
                . Updated <FormattedDate date={priority.date_updated} />
              </>
            )}
            .
          </p>
          <GuideLinks guides={guidesForText(priority.issue, guides)} />
        </li>
      ))}
    </ul>
  );
}

/** "How to report drug dealing" links under a priority, so a resident who sees the problem knows what to do. */
function GuideLinks({ guides }: { readonly guides: readonly GuideLink[] }) {
  if (guides.length === 0) return null;
  return (
    <p class="sn-priority__guide">
      {guides.map((guide, i) => (
        <span key={guide.url}>
          {i > 0 && " · "}
          <a href={guide.url}>
            Who to contact about {guide.title.charAt(0).toLowerCase() + guide.title.slice(1)}
          </a>
        </span>
      ))}
    </p>
  );
}
