import { describe, expect, test } from 'vitest';
import { postSchema } from '../../src/index.js';
import { suggestField } from '../../src/schema/field-suggestion.js';

const known = Object.keys(postSchema.shape);

describe('suggestField', () => {
  test.each([
    ['tag', 'tags'],
    ['titel', 'title'],
    ['Title', 'title'],
    ['cover_image', 'coverImage'],
    ['cover-image-alt', 'coverImageAlt'],
    ['descripton', 'description'],
    ['drafts', 'draft'],
    ['update', 'updated'],
  ])('%s → %s', (key, expected) => {
    expect(suggestField(key, known)).toBe(expected);
  });

  test.each(['author', 'layout', 'category', 'canonical', 'id', 'x'])('leaves %s alone', (key) => {
    expect(suggestField(key, known)).toBeUndefined();
  });
});
