import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { foldLatinAccents, headingIds, postSlug, postSlugFromFile, tagSlug } from '../../src/shared/slug.js';

describe('postSlug', () => {
  test.each([
    ['Hello, World!', 'hello-world'],
    ['Crème Brûlée', 'creme-brulee'],
    ['  spaces   everywhere ', 'spaces-everywhere'],
    ['v0.10.0', 'v0.10.0'],
    ['snake_case', 'snake_case'],
    ['Привет мир', 'привет-мир'],
    ['你好，世界', '你好-世界'],
    ['हिन्दी ब्लॉग', 'हिन्दी-ब्लॉग'],
    ['Мой край', 'мой-край'],
    ['Ελληνικά', 'ελληνικά'],
    ['ﬁne Ｆｕｌｌｗｉｄｔｈ', 'fine-fullwidth'],
    ['🎉 Party!', 'party'],
    ['...dots...', 'dots'],
    ['!!!', ''],
  ])('%j → %j', (input, expected) => {
    expect(postSlug(input)).toBe(expected);
  });

  test('keeps versions distinct that a dot-stripping slugger would merge', () => {
    expect(postSlug('v1.0.10')).not.toBe(postSlug('v10.1.0'));
  });
});

describe('postSlugFromFile', () => {
  test.each([
    ['hello.md', 'hello'],
    ['2025-11-18-hello-world.md', 'hello-world'],
    ['2025-11-18_hello.mdx', 'hello'],
    ['guides/setup/index.md', 'setup'],
    ['2025-06-01-folder/index.md', 'folder'],
    ['release/v0.10.0.md', 'v0.10.0'],
    ['Mixed Case.MD', 'mixed-case'],
    ['index.md', 'index'],
    ['café.md', 'cafe'],
  ])('%s → %s', (file, expected) => {
    expect(postSlugFromFile(file)).toBe(expected);
  });
});

describe('foldLatinAccents', () => {
  test.each([
    ['Café', 'Cafe'],
    ['Ærøskøbing Ångström', 'Ærøskøbing Angstrom'], // letters without a decomposition stay
    ['Ｒｅａｃｔ', 'React'],
    ['हिन्दी', 'हिन्दी'],
    ['Мой', 'Мой'],
    ['Ελληνικά', 'Ελληνικά'],
  ])('%j → %j', (input, expected) => {
    expect(foldLatinAccents(input)).toBe(expected);
  });
});

describe('one rule for Latin accents, in post and tag slugs', () => {
  test.each([
    ['Café', 'cafe'],
    ['Crème Brûlée', 'creme-brulee'],
    ['Señor Niño', 'senor-nino'],
    ['हिन्दी', 'हिन्दी'],
    ['Мой край', 'мой-край'],
  ])('%j is %j as a post and as a tag', (name, slug) => {
    expect(postSlug(name)).toBe(slug);
    expect(tagSlug(name)).toBe(slug);
  });

  test('a post file and a tag spelled alike get one slug', () => {
    expect(postSlugFromFile('café.md')).toBe(tagSlug('Café'));
  });

  test('heading ids keep accents, as GitHub does, so #fragments written against GitHub work', async () => {
    const { headings } = await renderMarkdown('## Café au lait\n\n## Привет мир\n');
    expect(headings.map((heading) => heading.id)).toEqual(['café-au-lait', 'привет-мир']);
  });
});

describe('headingIds', () => {
  test("GitHub's ids, unique within one post, numbered from the second use", () => {
    const idOf = headingIds();
    expect(['Getting started', 'Getting started', 'Café Node.js C++', 'Getting started'].map(idOf)).toEqual([
      'getting-started',
      'getting-started-1',
      'café-nodejs-c',
      'getting-started-2',
    ]);
    // A new post counts from zero again.
    expect(headingIds()('Getting started')).toBe('getting-started');
  });

  test('are the ids rendered headings get', async () => {
    const { headings } = await renderMarkdown(
      '# Getting started\n\n## Getting started\n\n## Café Node.js C++',
    );
    const idOf = headingIds();
    expect(headings.map((heading) => heading.id)).toEqual(headings.map((heading) => idOf(heading.text)));
  });
});
