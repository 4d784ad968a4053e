import type { z } from 'zod';
import { describeExpected, describeValue } from './describe-value.js';

/** What to write for a missing required field, for the fields every blog has. */
const MISSING_HINTS: Record<string, string> = {
  title: 'is missing; add a line like title: My first post',
  date: 'is missing; add a line like date: 2025-11-18',
};

/**
 * A zod error map that words every issue for a writer instead of a programmer: `must be text, got the
 * number 42`, `is missing; add a line like date: 2025-11-18`. It is passed when parsing, so a message
 * a schema author wrote on a field (`z.string({ error: '…' })`) still wins.
 *
 * @example
 * ```ts
 * const result = postSchema.safeParse(frontmatter, { error: writerErrorMap });
 * ```
 */
export const writerErrorMap: z.core.$ZodErrorMap = (issue) => {
  const input = issue.input;
  if (input === undefined && issue.code !== 'custom') {
    const field = issue.path?.length === 1 ? String(issue.path[0]) : '';
    return MISSING_HINTS[field] ?? 'is missing; this field is required';
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (input === null) return `is empty; give it ${describeExpected(issue.expected)}`;
      const hint = issue.expected === 'string' && typeof input !== 'object' ? '; put it in quotes' : '';
      return `must be ${describeExpected(issue.expected)}, got ${describeValue(input)}${hint}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'is empty' : `must be at least ${min} characters long`;
      if (issue.origin === 'array')
        return min <= 1 ? 'must not be an empty list' : `needs at least ${min} items`;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${min}, got ${describeValue(input)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `is too long; keep it to ${max} characters`;
      if (issue.origin === 'array') return `has too many items; at most ${max}`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}; got ${describeValue(input)}`;
    case 'invalid_format':
      return `${describeValue(input)} is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'invalid_union':
      return `${describeValue(input)} does not match any of the accepted forms`;
    default:
      return undefined;
  }
};
