import { describe, expect, test } from 'vitest';
import { slugFromFile, slugify } from '../../src/load/slug.js';

describe('slugify', () => {
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
    expect(slugify(input)).toBe(expected);
  });

  test('keeps versions distinct that a dot-stripping slugger would merge', () => {
    expect(slugify('v1.0.10')).not.toBe(slugify('v10.1.0'));
  });
});

describe('slugFromFile', () => {
  test.each([
    ['hello.md', 'hello'],
    ['2025-11-18-hello-world.md', 'hello-world'],
    ['2025-11-18_hello.mdx', 'hello'],
    ['guides/setup/index.md', 'setup'],
    ['2025-06-01-folder/index.md', 'folder'],
    ['release/v0.10.0.md', 'v0.10.0'],
    ['Mixed Case.MD', 'mixed-case'],
    ['index.md', 'index'],
  ])('%s → %s', (file, expected) => {
    expect(slugFromFile(file)).toBe(expected);
  });
});
