import path from 'node:path';
import type { Theme } from 'rehype-pretty-code';
import type { Options as Schema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';
import type { ImageFolders } from '../images/local-image.js';

/** A shiki theme: the name of a bundled theme (`'github-light'`) or a theme object (TextMate JSON). */
export type CodeTheme = Theme;

/**
 * How markdown becomes HTML. Every field is optional; the defaults give GitHub-flavoured markdown,
 * dual-theme highlighted code, heading anchors, copy buttons and sanitized raw HTML.
 *
 * The pipeline, in order (user plugins run at the marked points):
 *
 * 1. `remark-parse` + `remark-gfm`, then excerpt, reading time and code-language checks on the mdast
 * 2. **`remarkPlugins`**
 * 3. `remark-rehype`, raw HTML parsed into the tree, then `rehype-sanitize` (unless `sanitize: false`)
 * 4. mermaid fences, `rehype-pretty-code` (shiki), copy buttons, heading ids + anchors,
 *    external-link `rel`, lazy images
 * 5. **`rehypePlugins`** — they run after sanitizing, so what they add is trusted and kept
 * 6. `rehype-stringify`
 *
 * Sanitizing runs before Inkwell's own trusted transforms, so the sanitize schema never has to allow
 * `style` attributes or buttons coming from the markdown itself.
 *
 * @example
 * ```ts
 * import remarkMath from 'remark-math';
 * const options: MarkdownOptions = {
 *   themes: { light: 'min-light', dark: 'nord' },
 *   remarkPlugins: [remarkMath],
 *   sanitize: true,
 * };
 * ```
 */
export interface MarkdownOptions {
  /** Code themes, emitted as `--shiki-light` / `--shiki-dark` CSS variables. Default `github-light` / `github-dark-dimmed`. */
  themes?: { light: CodeTheme; dark: CodeTheme };
  /** remark plugins, run on the markdown tree after GFM. Functions cannot cross to worker threads: see `renderPosts`. */
  remarkPlugins?: PluggableList;
  /** rehype plugins, run on the HTML tree after Inkwell's transforms and after sanitizing. */
  rehypePlugins?: PluggableList;
  /**
   * `true` (default): raw HTML in markdown is kept only within a GitHub-like safe schema (no
   * `<script>`, no `on*` handlers, no `javascript:` URLs, no `style`). `false`: raw HTML is trusted
   * and kept as written — only for content you write yourself. A `hast-util-sanitize` schema object:
   * your own allow-list (start from `defaultSanitizeSchema`).
   */
  sanitize?: boolean | Schema;
  /** Add a copy button (`<button data-inkwell-copy>`) to every code block. Default `true`. */
  copyButton?: boolean;
  /**
   * ` ```mermaid ` fences: `'svg'` (default) — `loadPosts` and `parsePost` draw them at build time as SVG
   * figures, light and dark, in the system Chromium (optional peers `mermaid` and `playwright-core`);
   * `'source'` — left as `<pre class="mermaid">` for mermaid's own client-side `run()`.
   */
  mermaid?: 'svg' | 'source';
  /**
   * Sizes of local images, so pages do not shift as they load: every `<img>` whose file is found
   * gets its `width` and `height`. `publicDir` (default `public`) serves root paths (`/covers/a.png`);
   * `postsDir` (default: `loadPosts`' `dir`) holds the post files relative paths are read next to.
   * Remote images are left alone. `false` leaves sizes out. Sizes are cached with the render: after
   * replacing an image with one of another size under the same name, clear the cache.
   */
  images?: false | { publicDir?: string; postsDir?: string };
}

/** Default code themes. */
export const defaultThemes = { light: 'github-light', dark: 'github-dark-dimmed' } as const;

/** `MarkdownOptions` with every default applied. */
export interface ResolvedMarkdownOptions {
  themes: { light: CodeTheme; dark: CodeTheme };
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
  sanitize: boolean | Schema;
  copyButton: boolean;
  /** Absolute folders for local images, or `false`. */
  images: false | ImageFolders;
}

/** Applies the defaults of `MarkdownOptions`. */
export function resolveMarkdownOptions(options: MarkdownOptions = {}): ResolvedMarkdownOptions {
  return {
    themes: options.themes ?? { ...defaultThemes },
    remarkPlugins: options.remarkPlugins ?? [],
    rehypePlugins: options.rehypePlugins ?? [],
    sanitize: options.sanitize ?? true,
    copyButton: options.copyButton ?? true,
    images: resolveImageFolders(options.images),
  };
}

/** The image folders of `MarkdownOptions.images`, made absolute (from the working directory). */
export function resolveImageFolders(images: MarkdownOptions['images']): false | ImageFolders {
  if (images === false) return false;
  return {
    publicDir: path.resolve(images?.publicDir ?? 'public'),
    postsDir: path.resolve(images?.postsDir ?? 'content/posts'),
  };
}

/**
 * `markdown` with relative image paths read next to the post files of `dir`, unless the options say
 * where (or turn sizes off).
 *
 * @example
 * ```ts
 * imagesNextToPosts({ themes }, 'blog/posts'); // { themes, images: { postsDir: 'blog/posts' } }
 * ```
 */
export function imagesNextToPosts(markdown: MarkdownOptions | undefined, dir: string): MarkdownOptions {
  if (markdown?.images === false || markdown?.images?.postsDir !== undefined) return markdown ?? {};
  return { ...markdown, images: { ...markdown?.images, postsDir: dir } };
}
