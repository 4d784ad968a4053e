import { z } from 'zod';
import { describeValue } from './describe-value.js';
import { parseDate } from './parse-date.js';

/**
 * A frontmatter date: a YAML or TOML date, `2025-11-18` (UTC midnight) or an ISO date-time. The output
 * is always an ISO 8601 string in UTC; an impossible date is an issue, never `Invalid Date`.
 *
 * Reuse it in your own schema through `postSchema.shape.date`.
 *
 * @example
 * ```ts
 * dateField.parse('2025-11-18'); // '2025-11-18T00:00:00.000Z'
 * dateField.safeParse('2025-13-45').success; // false: "2025-13-45" is not a valid date; use YYYY-MM-DD
 * ```
 */
export const dateField = z
  .union([z.string(), z.date()], {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? undefined
        : `must be a date like 2025-11-18, got ${describeValue(issue.input)}`,
  })
  .transform((value, context) => {
    const iso = parseDate(value);
    if (iso !== undefined) return iso;
    context.issues.push({
      code: 'custom',
      input: value,
      message:
        typeof value === 'string'
          ? `${JSON.stringify(value)} is not a valid date; use YYYY-MM-DD`
          : 'is not a valid date; use YYYY-MM-DD',
    });
    return z.NEVER;
  });
