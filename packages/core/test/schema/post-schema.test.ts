import { describe, expect, expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import { postSchema } from '../../src/index.js';
import { writerErrorMap } from '../../src/schema/writer-error-map.js';

/** The messages a writer would see for some frontmatter, keyed by field path. */
function messages(frontmatter: unknown, schema: z.ZodType = postSchema): Record<string, string> {
  const result = schema.safeParse(frontmatter, { error: writerErrorMap });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('postSchema', () => {
  test('fills defaults and normalizes dates', () => {
    expect(
      postSchema.parse({ title: 'Hi', date: '2025-11-18', updated: new Date(Date.UTC(2025, 11, 1)) }),
    ).toEqual({
      title: 'Hi',
      date: '2025-11-18T00:00:00.000Z',
      updated: '2025-12-01T00:00:00.000Z',
      tags: [],
      draft: false,
    });
  });

  test('drops unknown fields and duplicate tags, trims text', () => {
    expect(
      postSchema.parse({ title: '  Hi ', date: '2025-11-18', layout: 'post', tags: ['a', 'a', 'b'] }),
    ).toEqual({
      title: 'Hi',
      date: '2025-11-18T00:00:00.000Z',
      tags: ['a', 'b'],
      draft: false,
    });
  });

  test('series is a name or { name, part }', () => {
    expect(postSchema.parse({ title: 'A', date: '2025-01-01', series: 'Basics' }).series).toBe('Basics');
    expect(
      postSchema.parse({ title: 'A', date: '2025-01-01', series: { name: 'Basics', part: 2 } }).series,
    ).toEqual({
      name: 'Basics',
      part: 2,
    });
    expect(messages({ title: 'A', date: '2025-01-01', series: 3 })).toEqual({
      series: 'must be a series name, or name: and part: fields',
    });
  });

  test('words every problem for a writer, not as a zod dump', () => {
    expect(
      messages({
        title: '',
        date: '2025-13-45',
        updated: 20251118,
        tags: 'javascript',
        draft: 'no',
        coverImage: null,
        audio: 'narration.mp3',
        description: ['a'],
      }),
    ).toEqual({
      title: 'is empty',
      date: '"2025-13-45" is not a valid date; use YYYY-MM-DD',
      updated: 'must be a date like 2025-11-18, got the number 20251118',
      tags: 'must be a list, like tags: [javascript, release], got "javascript"',
      draft: 'must be true or false, got "no"',
      coverImage: 'is empty; give it text',
      audio: 'must be indented fields with at least src, like audio: { src: /audio/hello.mp3 }',
      description: 'must be text, got a list',
    });
  });

  test('names the missing required fields with what to write', () => {
    expect(messages({})).toEqual({
      title: 'is missing; add a line like title: My first post',
      date: 'is missing; add a line like date: 2025-11-18',
    });
    expect(messages({ title: 'A', date: '2025-01-01', audio: { src: '/a.mp3', duration: -3 } })).toEqual({
      'audio.duration':
        'the number -3 is not a duration; use "04:55" (mm:ss), "1:02:03" (h:mm:ss) or seconds like 295',
    });
  });

  test('a message the schema author wrote wins over the default wording', () => {
    const schema = postSchema.extend({ author: z.string({ error: 'every post needs an author' }) });
    expect(messages({ title: 'A', date: '2025-01-01' }, schema)).toEqual({
      author: 'every post needs an author',
    });
  });

  test('strict schemas report unknown fields', () => {
    expect(messages({ title: 'A', date: '2025-01-01', titel: 'x' }, postSchema.strict())).toEqual({
      '': 'unknown field titel; check the spelling or remove it',
    });
  });

  test('types: input accepts dates and strings, output dates are ISO strings', () => {
    expectTypeOf<z.output<typeof postSchema>['date']>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof postSchema>['tags']>().toEqualTypeOf<string[]>();
    expectTypeOf<z.input<typeof postSchema>['date']>().toEqualTypeOf<string | Date>();
  });
});
