import { slugify } from "../src/markdown/markdown.ts";
import { faqPage } from "../src/seo/structured-data.ts";
import { BaseLayout } from "./base.tsx";
import { Markdown } from "./components/markdown.tsx";
import { contentPageShell, markdownBody, type PageData, pageUrl } from "./page-data.ts";

/** Text for the structured data's HTML answer, which is read back as text. */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Every question and answer on one page. Each question is an h2 with a
 * stable id (the file's slug), so links and Pagefind sub-results land on it.
 */
export function render(data: PageData) {
  const questions = data.collections.faq ?? [];
  return (
    <BaseLayout
      {...contentPageShell(data)}
      breadcrumbs={[{ label: "Home", href: "/" }]}
      structuredData={[
        faqPage(
          pageUrl(data),
          questions.map((item) => ({
            question: item.data.question,
            // The summary is the answer's first sentence; the body goes on from it.
            answerHtml: `<p>${escapeText(item.data.summary)}</p>${item.templateContent}`,
          })),
        ),
      ]}
    >
      <h1 class="sn-heading-xl">{data.title}</h1>
      <Markdown html={markdownBody(data.page)} />
      <nav class="sn-contents" aria-labelledby="faq-contents-heading">
        <h2 class="sn-contents__heading" id="faq-contents-heading">
          Contents
        </h2>
        <ol class="sn-contents__list">
          {questions.map((item) => (
            <li key={item.fileSlug}>
              <a href={`#${slugify(item.fileSlug)}`}>{item.data.question}</a>
            </li>
          ))}
        </ol>
      </nav>
      {questions.map((item) => (
        <section class="sn-faq-answer" key={item.fileSlug} aria-labelledby={slugify(item.fileSlug)}>
          <h2 class="sn-faq-answer__question" id={slugify(item.fileSlug)}>
            {item.data.question}
          </h2>
          <p class="sn-faq-answer__summary">{item.data.summary}</p>
          <Markdown html={markdownBody(item.page)} />
          <p class="sn-faq-answer__link">
            <a href={item.url}>
              Link to this answer<span class="sn-visually-hidden">: {item.data.question}</span>
            </a>
          </p>
        </section>
      ))}
    </BaseLayout>
  );
}
