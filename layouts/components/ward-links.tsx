import { Fragment, type ComponentChildren } from "preact";
import { wardUrl, type WardDirectory } from "../../src/wards/directory.ts";
import type { Borough } from "../../src/wards/schema.ts";

export interface WardLinksProps {
  /** Ward codes as written in the ward file; `E05013806N` and `E05013806` both resolve. */
  readonly codes: readonly string[];
  readonly directory: WardDirectory;
  /** The page's own borough: wards in any other borough are followed by their borough's name. */
  readonly borough?: Pick<Borough, "code">;
  /** "list" (default) is a <ul>; "inline" is a sentence fragment: "A, B and C". */
  readonly variant?: "list" | "inline";
}

interface Resolved {
  readonly key: string;
  readonly content: ComponentChildren;
}

function resolve(codes: readonly string[], directory: WardDirectory, borough?: Pick<Borough, "code">): Resolved[] {
  return codes.map((code, i) => {
    const ward = directory.byCode(code);
    // The cross-file checks (src/wards/checks.ts) stop a build with a code no ward has, so this is a bug.
    if (!ward) throw new Error(`No ward has the code ${code}, which the ward checks should have reported`);
    const otherBorough = borough !== undefined && ward.borough.code !== borough.code;
    return {
      key: `${ward.id}-${i}`,
      content: (
        <>
          <a href={wardUrl(ward)}>{ward.name}</a>
          {otherBorough ? ` (${ward.borough.name})` : null}
        </>
      ),
    };
  });
}

/** Links to other wards' pages, such as a ward's neighbours or the wards an officer also covers. */
export function WardLinks({ codes, directory, borough, variant = "list" }: WardLinksProps) {
  const items = resolve(codes, directory, borough);
  if (variant === "inline") {
    return (
      <>
        {items.map((item, i) => (
          <Fragment key={item.key}>
            {i === 0 ? null : i === items.length - 1 ? " and " : ", "}
            {item.content}
          </Fragment>
        ))}
      </>
    );
  }
  return (
    <ul class="sn-ward-links">
      {items.map((item) => (
        <li class="sn-ward-links__item" key={item.key}>
          {item.content}
        </li>
      ))}
    </ul>
  );
}
