import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { codeMetaAttribute } from './rehype-code-meta.js';

/**
 * The default sanitize schema: GitHub's (`hast-util-sanitize`'s `defaultSchema`: no scripts, no
 * styles (their text is dropped too), no event handlers, only `http`, `https`, `mailto` and relative URLs), plus the fence meta
 * Inkwell carries through sanitizing. Highlighted code, heading anchors and copy buttons are added
 * after sanitizing, so the schema never has to allow them in user HTML.
 *
 * @example
 * ```ts
 * import { defaultSanitizeSchema, loadPosts } from '@inkwell/core';
 * // Also allow <video controls src>:
 * const sanitize = {
 *   ...defaultSanitizeSchema,
 *   tagNames: [...(defaultSanitizeSchema.tagNames ?? []), 'video'],
 *   attributes: { ...defaultSanitizeSchema.attributes, video: ['src', 'controls'] },
 * };
 * await loadPosts({ markdown: { sanitize } });
 * ```
 */
export const defaultSanitizeSchema: Schema = withCodeMeta({
  ...defaultSchema,
  // Drop the contents of <style> too, not just the element: CSS text is never prose.
  strip: [...(defaultSchema.strip ?? []), 'style'],
});

/** Adds the fence-meta property to any schema, so a custom schema keeps code titles and highlights. */
export function withCodeMeta(schema: Schema): Schema {
  const attributes = schema.attributes ?? {};
  return {
    ...schema,
    attributes: { ...attributes, code: [...(attributes.code ?? []), codeMetaAttribute] },
  };
}
