import type { FaqFrontMatter } from "../src/faq/schema.ts";
import { slugify } from "../src/markdown/markdown.ts";
import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { markdownBody, type PageData, pageUrl } from "./page-data.ts";

/** One FAQ question on its own page, deep-linkable by its heading id. */
export function render(data: PageData & FaqFrontMatter) {
  const id = slugify(data.page.fileSlug);
  return (
    <BaseLayout
      title={data.question}
      description={data.summary}
      url={pageUrl(data)}
      stylesheetHref={data.stylesheet.href}
      draft={data.draft === true}
      breadcrumbs={[
        { label: "Home", href: "/" },
        { label: "Questions", href: "/faq/" },
      ]}
    >
      <article class="sn-faq-question">
        <h1 class="sn-heading-xl" id={id}>
          {data.question}
        </h1>
        <p class="sn-lead">{data.summary}</p>
        <Markdown html={markdownBody(data.page)} />
        <p class="sn-faq-question__back">
          <a href={`/faq/#${id}`}>See all questions</a>
        </p>
      </article>
    </BaseLayout>
  );
}
