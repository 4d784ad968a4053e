/** `m:ss`, `mm:ss`, `h:mm:ss` (minutes and seconds two digits after a colon; optional fraction of a second). */
const CLOCK_PATTERN = /^(?:(\d+):)?(\d+):(\d{2})(\.\d+)?$/;
/** Plain seconds: `295`, `295.5`. */
const SECONDS_PATTERN = /^\d+(?:\.\d+)?$/;

/** The forms a frontmatter duration may take, for error messages. */
export const DURATION_FORMS = '"04:55" (mm:ss), "1:02:03" (h:mm:ss) or seconds like 295';

/**
 * Turns a frontmatter duration into seconds, or `undefined` when it is not one: a clock (`"04:55"`,
 * `"1:02:03"`) or seconds (`295`, `"295"`). Minutes and seconds past 59 in a clock (`"4:75"`) are
 * rejected, as are negative, zero and non-finite values.
 *
 * @example
 * ```ts
 * parseDuration('04:55'); // 295
 * parseDuration('1:02:03'); // 3723
 * parseDuration('4:75'); // undefined
 * ```
 */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const text = value.trim();
  if (SECONDS_PATTERN.test(text)) return parseDuration(Number(text));
  const match = CLOCK_PATTERN.exec(text);
  if (!match) return undefined;
  const [, h, m, s, fraction = ''] = match;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = Number(m);
  const seconds = Number(s) + (fraction ? Number(fraction) : 0);
  // With hours, minutes are a clock's two digits; without, `75:00` is a plain 75 minutes.
  if (seconds >= 60 || (h !== undefined && minutes > 59)) return undefined;
  return parseDuration(hours * 3600 + minutes * 60 + seconds);
}
