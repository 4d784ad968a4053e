import { z } from 'zod';
import type { PostIssue } from '../errors/post-issue.js';
import { jobMarkdown } from '../render/render-job.js';
import { suggestField } from '../schema/field-suggestion.js';
import { postSchema } from '../schema/post-schema.js';
import type { PostSchema } from '../schema/post-schema-type.js';
import { writerErrorMap } from '../schema/writer-error-map.js';
import { postSlug, postSlugFromFile } from '../shared/slug.js';
import type { SourcePosition } from './frontmatter/parsed-frontmatter.js';
import type { SplitPost } from './frontmatter/split-frontmatter.js';

/**
 * The markdown to render for a post: its body, preceded by one blank line per line of frontmatter.
 * Markdown ignores leading blank lines, and the renderer's warnings then point at lines of the file
 * rather than lines of the body.
 *
 * @example
 * ```ts
 * renderMarkdown(markdownOf(valid), { file: valid.file });
 * ```
 */
export function markdownOf(post: Pick<ValidPost, 'body' | 'bodyLine'>): string {
  return jobMarkdown({ file: '', markdown: post.body, bodyLine: post.bodyLine });
}

/** The normalized fields of a post that passed validation, before its body is rendered. */
export interface ValidPost {
  file: string;
  slug: string;
  /** Where the slug came from, for duplicate-slug issues: the `slug` field's position, if written. */
  slugPosition?: SourcePosition;
  /** Schema output, normalized by `postSchema`: ISO dates, `tags` and `draft` always present. */
  fields: z.output<typeof postSchema> & Record<string, unknown>;
  body: string;
  /** The line of the file the body starts on, so rendering warnings can name lines of the file. */
  bodyLine: number;
}

/** The result of validating one file: the post, or every issue found in it. */
export type ValidationResult = (
  | { post: ValidPost; issues?: undefined }
  | { post?: undefined; issues: PostIssue[] }
) & {
  /** Likely typos: unknown fields close to a field the schema knows (`tag` for `tags`). */
  warnings: PostIssue[];
};

/** Loose so the extra fields of a custom schema's output are kept while the base fields are normalized. */
const normalizedOutput = postSchema.loose();

/**
 * Validates one split post file against a schema and works out its slug. Every issue is collected,
 * each with the position of the offending field.
 *
 * @example
 * ```ts
 * const result = await validatePost(splitFrontmatter(text), 'hello.md', postSchema);
 * if (result.issues) console.log(result.issues.map(formatIssue).join('\n'));
 * ```
 */
export async function validatePost(
  split: SplitPost,
  file: string,
  schema: PostSchema,
): Promise<ValidationResult> {
  const issues: PostIssue[] = [];
  const frontmatterStart = split.format === 'none' ? undefined : { line: 1, column: 1 };
  const at = (path: readonly PropertyKey[]) => split.locate(path) ?? frontmatterStart;
  const addIssue = (path: readonly PropertyKey[], message: string, position = at(path)) =>
    issues.push({
      file,
      ...(position && { line: position.line, column: position.column }),
      path: formatPath(path),
      message,
    });

  let parsed: z.ZodSafeParseResult<unknown>;
  try {
    // Async so schemas may use async refinements (say, checking that a cover image exists).
    parsed = await schema.safeParseAsync(split.data, { error: writerErrorMap });
  } catch (error) {
    // A transform or refinement in the schema threw: a bug in the schema, reported on the file it hit.
    const reason = error instanceof Error ? error.message : String(error);
    addIssue([], `the schema threw an error on this file: ${reason}`, frontmatterStart);
    return { issues, warnings: [] };
  }
  let fields: ValidPost['fields'] | undefined;
  if (!parsed.success) {
    if (split.format === 'none') {
      addIssue(
        [],
        'has no frontmatter; start the file with a --- line, then title: and date: lines, then ---',
        {
          line: 1,
          column: 1,
        },
      );
    } else {
      for (const issue of parsed.error.issues) addZodIssue(issue, addIssue);
    }
  } else if (schema === postSchema) {
    fields = parsed.data as ValidPost['fields'];
  } else {
    // A custom schema's output still has to be a post: check it and normalize dates, tags and draft.
    const normalized = normalizedOutput.safeParse(parsed.data, { error: writerErrorMap });
    if (normalized.success) fields = normalized.data;
    else {
      for (const issue of normalized.error.issues) {
        addZodIssue({ ...issue, message: `${issue.message} (in the output of your schema)` }, addIssue);
      }
    }
  }

  if (split.format !== 'none' && split.body.trim() === '') {
    const fence = split.format === 'toml' ? '+++' : '---';
    addIssue([], `has no text after the frontmatter; write the post below the closing ${fence}`, {
      line: split.closingLine,
      column: 1,
    });
  }

  const slugField = fields?.slug;
  const slug = slugField === undefined ? postSlugFromFile(file) : postSlug(slugField);
  if (fields && slug === '') {
    if (slugField === undefined) {
      addIssue(
        [],
        `cannot make a URL slug from the file name "${file}"; add slug: my-post to the frontmatter`,
        frontmatterStart,
      );
    } else {
      addIssue(
        ['slug'],
        `${JSON.stringify(slugField)} has no letters or digits to make a URL from; use slug: my-post`,
      );
    }
  }

  const warnings = misspelledFields(split, file, schema);
  if (issues.length > 0 || !fields) return { issues, warnings };
  const slugPosition = slugField === undefined ? undefined : split.locate(['slug']);
  const bodyLine = split.format === 'none' ? 1 : split.closingLine + 1;
  const post = { file, slug, ...(slugPosition && { slugPosition }), fields, body: split.body, bodyLine };
  return { post, warnings };
}

/** The top-level fields a schema reads, when it is an object schema (or a transform of one). */
function knownFields(schema: PostSchema): string[] | undefined {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe && schema.in instanceof z.ZodObject) return Object.keys(schema.in.shape);
  return undefined;
}

/**
 * Warns about frontmatter keys the schema does not know but that are a typo away from one it does:
 * the schema ignores them, so without a warning `tag: [node]` would silently give a post no tags.
 */
function misspelledFields(split: SplitPost, file: string, schema: PostSchema): PostIssue[] {
  const known = knownFields(schema);
  if (!known) return [];
  const warnings: PostIssue[] = [];
  for (const key of Object.keys(split.data)) {
    if (known.includes(key)) continue;
    const suggestion = suggestField(key, known);
    if (!suggestion) continue;
    const position = split.locate([key]);
    warnings.push({
      file,
      ...(position && { line: position.line, column: position.column }),
      path: key,
      message: `is not a known field, so it is ignored; did you mean ${suggestion}?`,
    });
  }
  return warnings;
}

function addZodIssue(
  issue: z.core.$ZodIssue,
  addIssue: (path: readonly PropertyKey[], message: string) => void,
): void {
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys)
      addIssue([...issue.path, key], 'is not a known field; check the spelling or remove it');
    return;
  }
  addIssue(issue.path, issue.message);
}

/**
 * Formats a field path the way it reads in frontmatter: `audio.src`, `tags[1]`.
 *
 * @example
 * ```ts
 * formatPath(['tags', 1]); // 'tags[1]'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else result += result ? `.${String(segment)}` : String(segment);
  }
  return result;
}
