import { describe, expect, test } from 'vitest';
import { parseDate } from '../../src/schema/parse-date.js';

describe('parseDate', () => {
  test.each([
    ['2025-11-18', '2025-11-18T00:00:00.000Z'],
    ['2025-11-18T09:30', '2025-11-18T09:30:00.000Z'],
    ['2025-11-18T09:30:15Z', '2025-11-18T09:30:15.000Z'],
    ['2025-11-18 09:30:15', '2025-11-18T09:30:15.000Z'],
    ['2025-11-18T09:30:15.123456Z', '2025-11-18T09:30:15.123Z'],
    ['2025-11-18T09:30:00+02:00', '2025-11-18T07:30:00.000Z'],
    ['2025-11-18T09:30:00-0530', '2025-11-18T15:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['  2025-01-01  ', '2025-01-01T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  test.each([
    '2025-13-45',
    '2025-02-30',
    '2023-02-29',
    '2025-00-10',
    '2025-11-18T24:00',
    '2025-11-18T10:60',
    '18/11/2025',
    'November 18, 2025',
    '2025-1-5',
    'yesterday',
    '',
  ])('rejects %j instead of rolling it over', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  test('Date objects (YAML and TOML dates) become ISO strings; an invalid Date is rejected', () => {
    expect(parseDate(new Date(Date.UTC(2025, 10, 18)))).toBe('2025-11-18T00:00:00.000Z');
    expect(parseDate(new Date('nope'))).toBeUndefined();
  });
});
