import { z } from 'zod';
import { dateField } from './date-field.js';
import { durationField } from './duration-field.js';

const text = z.string().trim().min(1);

/** A narrated version of a post, played by `@inkwell/react`'s audio player. */
const audioField = z.object(
  {
    src: text,
    title: text.optional(),
    duration: durationField.optional(),
    mimeType: text.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input !== undefined
        ? 'must be indented fields with at least src, like audio: { src: /audio/hello.mp3 }'
        : undefined,
  },
);

/** A series a post belongs to: its name, or `{ name, part }`. */
const seriesField = z.union([text, z.object({ name: text, part: z.number().int().positive().optional() })], {
  error: (issue) =>
    issue.input === undefined ? undefined : 'must be a series name, or name: and part: fields',
});

/**
 * The default frontmatter schema. Unknown fields are ignored (left out of the post); extend the schema to
 * keep them.
 *
 * | field | type | notes |
 * | --- | --- | --- |
 * | `title` | text | required |
 * | `description` | text | falls back to the post's excerpt |
 * | `date` | date | required; `2025-11-18`, an ISO date-time or a YAML/TOML date; becomes an ISO string |
 * | `updated` | date | optional |
 * | `tags` | list of text | default `[]`, duplicates removed |
 * | `draft` | boolean | default `false` |
 * | `slug` | text | default: the file or folder name without a `YYYY-MM-DD-` prefix |
 * | `coverImage`, `coverImageAlt` | text | |
 * | `audio` | `{ src, title?, duration?, mimeType? }` | narration; `duration` as `"04:55"`, `"1:02:03"` or seconds, becomes seconds |
 * | `series` | text or `{ name, part? }` | |
 *
 * @example Extending it with your own fields (the `Post` type follows):
 * ```ts
 * import { loadPosts, postSchema } from '@inkwell/core';
 * import { z } from 'zod';
 *
 * const posts = await loadPosts({
 *   schema: postSchema.extend({ author: z.string(), canonical: z.url().optional() }),
 * });
 * posts[0].author; // string
 * ```
 */
export const postSchema = z.object({
  title: text,
  description: text.optional(),
  date: dateField,
  updated: dateField.optional(),
  tags: z
    .array(text, {
      error: (issue) =>
        issue.code === 'invalid_type' && issue.expected === 'array' && issue.input !== undefined
          ? `must be a list, like tags: [javascript, release], got ${typeof issue.input === 'string' ? JSON.stringify(issue.input) : 'something else'}`
          : undefined,
    })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  draft: z.boolean().default(false),
  slug: text.optional(),
  coverImage: text.optional(),
  coverImageAlt: text.optional(),
  audio: audioField.optional(),
  series: seriesField.optional(),
});

/**
 * The frontmatter `postSchema` reads, as written in a file (dates as strings or `Date`s).
 *
 * @example
 * ```ts
 * const frontmatter: PostFrontmatter = { title: 'Hello', date: '2025-11-18', tags: ['intro'] };
 * ```
 */
export type PostFrontmatter = z.input<typeof postSchema>;
