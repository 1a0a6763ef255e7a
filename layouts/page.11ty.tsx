import { trustEleventyMarkdown } from "../src/markdown/markdown.ts";
import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { pageUrl, type PageData } from "./page-data.ts";

/** Content page: a markdown page with a heading, lead paragraph and body. */
export function render(data: PageData) {
  return (
    <BaseLayout
      title={data.title}
      description={data.description ?? data.title}
      url={pageUrl(data)}
      stylesheetHref={data.stylesheet.href}
    >
      <h1 class="sn-heading-xl">{data.title}</h1>
      {data.description ? <p class="sn-lead">{data.description}</p> : null}
      <Markdown html={trustEleventyMarkdown(data.content)} />
    </BaseLayout>
  );
}
