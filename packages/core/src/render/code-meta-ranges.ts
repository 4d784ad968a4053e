/** A fence meta string with its highlight ranges limited to what the block can have. */
export interface ClampedCodeMeta {
  meta: string;
  /** Each range that was changed, as `from → to` (empty when the meta was already in bounds). */
  changes: string[];
}

/** `{1-3,5}` line ranges, exactly as rehype-pretty-code finds them. */
const lineRanges = /\B\{(.*?)\}\B/g;
/** `/word/1-3` and `"word"2` occurrence ranges, exactly as rehype-pretty-code finds them. */
const charRanges = /(["/])(.*?)\1(\S*)/g;
/** One part of a parse-numeric-range list: `4`, `1-5`, `1..5`, `1...5` (end excluded), `5-1`. */
const rangePart = /^(-?\d+)(-|\.\.\.?|\u2025|\u2026|\u22EF)(-?\d+)$/;

/**
 * Limits the highlight ranges of a code fence meta string to the lines (`{1-3}`) and occurrences
 * (`/word/1-3`) the block actually has. rehype-pretty-code expands every range into an array of all
 * its numbers (parse-numeric-range) and spreads it into a call, so `{1-1000000}` overflows the stack
 * and `{1-9999999999}` aborts the whole process with a fatal allocation error — no try/catch can
 * save the build. Ranges already in bounds are left byte for byte; single numbers cost nothing and
 * are left as written. Occurrences are bounded by the block's length in characters.
 *
 * @example
 * ```ts
 * clampCodeMetaRanges('title="a.js" {1-99999999}', 'const a = 1;\nconst b = 2;');
 * // { meta: 'title="a.js" {1-2}', changes: ['{1-99999999} → {1-2}'] }
 * ```
 */
export function clampCodeMetaRanges(meta: string, code: string): ClampedCodeMeta {
  const changes: string[] = [];
  const lineCount = code.replace(/\n$/, '').split('\n').length;
  const withLines = meta.replace(lineRanges, (whole, list: string) => {
    const clamped = clampRangeList(list, lineCount);
    if (clamped === list) return whole;
    changes.push(`{${list}} → {${clamped}}`);
    return `{${clamped}}`;
  });
  const withChars = withLines.replace(
    charRanges,
    (whole, delimiter: string, chars: string, suffix: string) => {
      const hash = suffix.indexOf('#');
      const list = hash === -1 ? suffix : suffix.slice(0, hash);
      if (list === '') return whole;
      // An occurrence starts at a distinct character: the block's length bounds how many there can be.
      const clamped = clampRangeList(list, Math.max(code.length, 1));
      if (clamped === list) return whole;
      const quoted = `${delimiter}${chars}${delimiter}`;
      changes.push(`${quoted}${list} → ${quoted}${clamped}`);
      return `${quoted}${clamped}${hash === -1 ? '' : suffix.slice(hash)}`;
    },
  );
  return { meta: withChars, changes };
}

/** Clamps every range of a comma-separated list to 1…max; returns the list unchanged when in bounds. */
function clampRangeList(list: string, max: number): string {
  const parts = list.split(',');
  let changed = false;
  const clamped = parts.flatMap((part) => {
    const match = rangePart.exec(part.trim());
    if (!match) return [part];
    const [, left = '', separator, right = ''] = match;
    const [a, b] = [Number(left), Number(right)];
    // `1...5` stops before 5 (and `5...1` before 1): make both ends inclusive.
    const end =
      separator === '...' || separator === '\u2026' || separator === '\u22EF' ? b - Math.sign(b - a) : b;
    const [low, high] = a <= end ? [a, end] : [end, a];
    if (low >= 1 && high <= max) return [part];
    changed = true;
    const [from, to] = [Math.max(low, 1), Math.min(high, max)];
    if (from > to) return [];
    return [from === to ? String(from) : `${from}-${to}`];
  });
  if (!changed) return list;
  // Nothing left in bounds: `0` selects nothing (numbering starts at 1), whereas an empty word range
  // would mean "every occurrence".
  return clamped.length > 0 ? clamped.join(',') : '0';
}
