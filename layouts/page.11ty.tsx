import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

/** Content page: a markdown page with a heading, lead paragraph and body. */
export function render(data: PageData) {
  return (
    <BaseLayout
      {...contentPageShell(data)}
    >
      <h1 class="sn-heading-xl">{data.title}</h1>
      {data.description ? <p class="sn-lead">{data.description}</p> : null}
      <Markdown html={markdownBody(data.page)} />
    </BaseLayout>
  );
}
