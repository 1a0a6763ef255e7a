import type UserConfig from "@11ty/eleventy/UserConfig";
import type { VNode } from "preact";
import { renderToHtml } from "./render.ts";

type RenderFunction = (this: unknown, data: unknown) => Promise<VNode | string>;

/**
 * Lets layouts and page templates be typed TSX modules (*.11ty.tsx). They are
 * loaded as Eleventy JavaScript templates (tsx is registered by the
 * `node --import tsx` start command) and their JSX is rendered with preact.
 */
export default function jsxPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer: RenderFunction }, data: unknown) {
        return renderToHtml(await this.defaultRenderer(data));
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
