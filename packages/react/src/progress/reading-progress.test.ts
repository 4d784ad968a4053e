import { describe, expect, it } from 'vitest';
import { readingProgress } from './reading-progress.js';

describe('readingProgress', () => {
  it('runs from the top at the viewport top to the bottom at the viewport bottom for a tall target', () => {
    expect(readingProgress(200, 3000, 1000)).toBe(0);
    expect(readingProgress(0, 3000, 1000)).toBe(0);
    expect(readingProgress(-1000, 3000, 1000)).toBe(0.5);
    expect(readingProgress(-2000, 3000, 1000)).toBe(1);
    expect(readingProgress(-5000, 3000, 1000)).toBe(1);
  });

  it('runs from fully in view to its top at the viewport top for a short target', () => {
    expect(readingProgress(900, 400, 1000)).toBe(0);
    expect(readingProgress(600, 400, 1000)).toBe(0);
    expect(readingProgress(300, 400, 1000)).toBe(0.5);
    expect(readingProgress(0, 400, 1000)).toBe(1);
  });

  it('measures the whole page as (-scrollY, scrollHeight)', () => {
    expect(readingProgress(-500, 2000, 1000)).toBe(0.5);
    expect(readingProgress(0, 800, 1000)).toBe(1); // a page that cannot scroll is fully read
    expect(readingProgress(10, 1000, 1000)).toBe(0);
  });
});
