/** The parts of Eleventy's untyped event and page data that this project relies on. */
export interface EleventyEventArgs {
  readonly directories: { readonly input: string; readonly output: string };
  readonly runMode: "build" | "watch" | "serve";
}

export interface EleventyPage {
  readonly url: string | false;
  readonly inputPath: string;
  readonly fileSlug: string;
  readonly outputPath: string | false;
  /** The template's body after its front matter, as Eleventy 3 read it: for a markdown page, its markdown. */
  readonly rawInput?: unknown;
}

export interface CollectionItem<Data = Record<string, unknown>> {
  readonly page: EleventyPage;
  readonly url: string;
  readonly inputPath: string;
  readonly fileSlug: string;
  readonly data: Data;
  readonly templateContent: string;
}
