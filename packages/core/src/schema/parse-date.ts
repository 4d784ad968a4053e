/** `YYYY-MM-DD`, optionally followed by a time and a `Z` or `±HH:MM` offset. */
const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Turns a frontmatter date into an ISO 8601 string in UTC, or `undefined` when it is not a real date.
 *
 * Accepts `Date` objects (YAML and TOML dates), date-only strings (`2025-11-18`, taken as UTC midnight)
 * and date-times with or without an offset (no offset means UTC). Impossible dates such as
 * `2025-02-30` or `2025-13-45` are rejected rather than rolled over the way `new Date()` would.
 *
 * @example
 * ```ts
 * parseDate('2025-11-18'); // '2025-11-18T00:00:00.000Z'
 * parseDate('2025-11-18 09:30+02:00'); // '2025-11-18T07:30:00.000Z'
 * parseDate('2025-13-45'); // undefined
 * ```
 */
export function parseDate(value: string | Date): string | undefined {
  // `new Date(...)` first: smol-toml's local dates print without a zone from their own toISOString.
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : new Date(value.getTime()).toISOString();
  }
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  let time = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (offset && offset.toUpperCase() !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = Number(digits.slice(2) || '0');
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    time -= sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
