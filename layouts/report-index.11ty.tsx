import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { contentPageShell, markdownBody, type PageData } from "./page-data.ts";

/** Every problem, each linked to its guide with the one-sentence answer beneath. */
export function render(data: PageData) {
  const guides = data.collections.report ?? [];
  return (
    <BaseLayout {...contentPageShell(data)} breadcrumbs={[{ label: "Home", href: "/" }]}>
      <h1 class="sn-heading-xl">{data.title}</h1>
      <Markdown html={markdownBody(data.page)} />
      <ul class="sn-guide-list">
        {guides.map((item) => (
          <li class="sn-guide-list__item" key={item.fileSlug}>
            <a class="sn-guide-list__link" href={item.url}>
              {item.data.title}
            </a>
            <p class="sn-guide-list__summary">{item.data.summary}</p>
          </li>
        ))}
      </ul>
    </BaseLayout>
  );
}
