import { z } from 'zod';
import { describeValue } from './describe-value.js';
import { DURATION_FORMS, parseDuration } from './parse-duration.js';

/**
 * A frontmatter duration: `"04:55"` (mm:ss), `"1:02:03"` (h:mm:ss), or seconds as a number or numeric
 * string. The output is always seconds (a number); a bad clock such as `"4:75"` or `"-1"` is an issue
 * that lists the accepted forms.
 *
 * Reuse it in your own schema through `postSchema.shape.audio`.
 *
 * @example
 * ```ts
 * durationField.parse('04:55'); // 295
 * durationField.parse(295); // 295
 * durationField.safeParse('4:75').success; // false
 * ```
 */
export const durationField = z
  .union([z.number(), z.string()], {
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `must be a duration like ${DURATION_FORMS}, got ${describeValue(issue.input)}`,
  })
  .transform((value, context) => {
    const seconds = parseDuration(value);
    if (seconds !== undefined) return seconds;
    context.issues.push({
      code: 'custom',
      input: value,
      message: `${typeof value === 'string' ? JSON.stringify(value) : describeValue(value)} is not a duration; use ${DURATION_FORMS}`,
    });
    return z.NEVER;
  });
