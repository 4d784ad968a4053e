/**
 * Describes a frontmatter value the way a writer sees it, for error messages: `"hello"`, `the number 42`,
 * `a list`, `an empty value`.
 *
 * @example
 * ```ts
 * describeValue(42); // 'the number 42'
 * describeValue(['a']); // 'a list'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  }
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, like [a, b]',
  tuple: 'a list',
  object: 'a group of fields (indented key: value lines)',
  record: 'a group of fields (indented key: value lines)',
  date: 'a date like 2025-11-18',
  bigint: 'a whole number',
  null: 'an empty value',
};

/**
 * Names what a schema expected, in a writer's words.
 *
 * @example
 * ```ts
 * describeExpected('boolean'); // 'true or false'
 * ```
 */
export function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}
