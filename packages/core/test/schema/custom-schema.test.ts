import { describe, expect, expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import {
  loadPosts,
  type Post,
  type PostOf,
  PostValidationError,
  parsePost,
  postSchema,
} from '../../src/index.js';
import { post, postsFolder, thrown } from '../load/helpers.js';

describe('a schema that extends postSchema', () => {
  const schema = postSchema.extend({ author: z.string(), rating: z.number().int().min(1).max(5).optional() });

  test('keeps the extra fields, typed, with no casts', async () => {
    const dir = await postsFolder({ 'a.md': post('title: A\ndate: 2025-01-01\nauthor: Ada\nrating: 4') });
    const posts = await loadPosts({ dir, schema, cache: false });
    expect(posts[0]).toMatchObject({ title: 'A', author: 'Ada', rating: 4, tags: [] });
    expectTypeOf(posts).toEqualTypeOf<PostOf<typeof schema>[]>();
    expectTypeOf(posts[0]?.author).toEqualTypeOf<string | undefined>();
    expectTypeOf<PostOf<typeof schema>['author']>().toEqualTypeOf<string>();
    expectTypeOf<PostOf<typeof schema>['rating']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PostOf<typeof schema>['date']>().toEqualTypeOf<string>();
  });

  test('reports the extra fields with their positions', async () => {
    const dir = await postsFolder({ 'a.md': post('title: A\ndate: 2025-01-01\nrating: 9') });
    const error = await thrown(() => loadPosts({ dir, schema, cache: false }));
    expect((error as PostValidationError).message.split('\n')).toEqual([
      'a.md:1:1  author  is missing; this field is required',
      'a.md:4:9  rating  must be at most 5, got the number 9',
    ]);
  });
});

describe('a schema that maps a blog’s own frontmatter', () => {
  const schema = z
    .object({
      headline: z.string(),
      published: z.coerce.date(),
      category: z.string(),
      author: z.string(),
    })
    .transform(({ headline, published, category, author }) => ({
      title: headline,
      date: published,
      tags: [category],
      author,
    }));

  test('maps fields, and dates from the output become ISO strings', async () => {
    const dir = await postsFolder({
      'a.md': post('headline: Hello\npublished: 2025-03-04\ncategory: release\nauthor: Ada'),
    });
    const [first] = await loadPosts({ dir, schema, cache: false });
    expect(first).toMatchObject({
      slug: 'a',
      title: 'Hello',
      date: '2025-03-04T00:00:00.000Z',
      tags: ['release'],
      author: 'Ada',
    });
    expect(first).not.toHaveProperty('headline');
    expectTypeOf(first).toEqualTypeOf<
      Post<{ title: string; date: Date; tags: string[]; author: string }> | undefined
    >();
    expectTypeOf<PostOf<typeof schema>['date']>().toEqualTypeOf<string>();
    expectTypeOf<PostOf<typeof schema>>().not.toHaveProperty('category');
  });

  test('input problems point at the blog’s own field names', async () => {
    const dir = await postsFolder({ 'a.md': post('headline: Hello\npublished: 2025-03-04\nauthor: Ada') });
    const error = await thrown(() => loadPosts({ dir, schema, cache: false }));
    expect((error as PostValidationError).message).toBe(
      'a.md:1:1  category  is missing; this field is required',
    );
  });

  test('an output that is not a post is reported as the schema’s fault', async () => {
    const broken = z.object({ name: z.string() }).transform(({ name }) => ({ title: name, date: 'soon' }));
    const dir = await postsFolder({ 'a.md': post('name: Hello') });
    const error = await thrown(() => loadPosts({ dir, schema: broken, cache: false }));
    expect((error as PostValidationError).issues).toEqual([
      {
        file: 'a.md',
        line: 1,
        column: 1,
        path: 'date',
        message: '"soon" is not a valid date; use YYYY-MM-DD (in the output of your schema)',
      },
    ]);
  });

  test('a schema that throws is reported on the file it failed on, not as a crash', async () => {
    const throwing = postSchema.transform((fields) => {
      if (fields.title === 'Boom') throw new Error('cannot handle Boom');
      return fields;
    });
    const dir = await postsFolder({
      'boom.md': post('title: Boom\ndate: 2025-01-01'),
      'fine.md': post('title: Fine\ndate: 2025-01-01'),
    });
    const error = await thrown(() => loadPosts({ dir, schema: throwing, cache: false }));
    expect((error as PostValidationError).message).toBe(
      'boom.md:1:1  the schema threw an error on this file: cannot handle Boom',
    );
  });

  test('async refinements run', async () => {
    const checked: string[] = [];
    const schema = postSchema.refine(
      async (fields) => {
        checked.push(fields.title);
        return fields.title !== 'Taken';
      },
      { message: 'this title is taken', path: ['title'] },
    );
    const dir = await postsFolder({ 'a.md': post('title: Taken\ndate: 2025-01-01') });
    const error = await thrown(() => loadPosts({ dir, schema, cache: false }));
    expect(checked).toEqual(['Taken']);
    expect((error as PostValidationError).message).toBe('a.md:2:8  title  this title is taken');
  });

  test('parsePost infers the same type', async () => {
    const parsed = await parsePost(post('headline: Hi\npublished: 2025-01-01\ncategory: c\nauthor: Ada'), {
      file: 'hi.md',
      schema,
    });
    expect(parsed.author).toBe('Ada');
    expectTypeOf(parsed).toEqualTypeOf<PostOf<typeof schema>>();
  });

  test('a value that is not a zod schema fails at once with a TypeError', async () => {
    const dir = await postsFolder({ 'a.md': post('title: A\ndate: 2025-01-01') });
    // @ts-expect-error: JavaScript callers can pass anything
    const error = await thrown(() => loadPosts({ dir, schema: { title: 'string' } }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      'the schema option must be a zod schema, like postSchema.extend({ ... })',
    );
  });

  test('a schema without title or date does not type-check', () => {
    const noTitle = z.object({ date: z.string() });
    // @ts-expect-error: the output has no title
    void (() => loadPosts({ schema: noTitle }));
    expectTypeOf(loadPosts).toBeCallableWith({ schema });
  });
});

describe('the default schema', () => {
  test('gives the base Post type', async () => {
    const dir = await postsFolder({ 'a.md': post('title: A\ndate: 2025-01-01') });
    const posts = await loadPosts({ dir, cache: false });
    expectTypeOf(posts).toEqualTypeOf<PostOf[]>();
    expectTypeOf(posts[0]?.tags).toEqualTypeOf<string[] | undefined>();
    expect(posts[0]).toBeDefined();
  });

  test('PostValidationError is exported and is an Error', () => {
    expect(new PostValidationError([{ file: 'a.md', path: '', message: 'x' }])).toBeInstanceOf(Error);
  });
});
