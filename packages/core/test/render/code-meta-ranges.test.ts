import { describe, expect, it } from 'vitest';
import { clampCodeMetaRanges } from '../../src/render/code-meta-ranges.js';

const threeLines = 'a\nb\nc\n';

describe('clampCodeMetaRanges', () => {
  it.each([
    'title="a.js" {1,3}',
    '{1-3} showLineNumbers',
    '{3-1}',
    '{1..3}',
    '{1...4}',
    '/b/1-3',
    '"b"2#id',
    '/b/',
    '{1-3}#add',
    '{99}',
  ])('leaves %s as written', (meta) => {
    expect(clampCodeMetaRanges(meta, threeLines)).toEqual({ meta, changes: [] });
  });

  it.each([
    ['{1-99999999}', '{1-3}'],
    ['{2-9999999999} title="x"', '{2-3} title="x"'],
    ['{99999999-2}', '{2-3}'],
    ['{-5-2}', '{1-2}'],
    ['{1,2-99999,3}', '{1,2-3,3}'],
    ['{3..99999}', '{3}'],
    ['{1...99999}', '{1-3}'],
    ['{10-99999}', '{0}'],
    ['{1-99999}#add', '{1-3}#add'],
    ['/b/1-99999999', '/b/1-6'],
    ['/b/1-99999999#id', '/b/1-6#id'],
    ['/b/7-99999999', '/b/0'],
  ])('clamps %s to %s', (meta, expected) => {
    const result = clampCodeMetaRanges(meta, threeLines);
    expect(result.meta).toBe(expected);
    expect(result.changes).toHaveLength(1);
  });

  it('counts lines as the highlighter does (a final newline adds none)', () => {
    expect(clampCodeMetaRanges('{1-9}', 'one\ntwo').meta).toBe('{1-2}');
    expect(clampCodeMetaRanges('{1-9}', 'one\ntwo\n').meta).toBe('{1-2}');
    expect(clampCodeMetaRanges('{1-9}', '').meta).toBe('{1}');
  });
});
