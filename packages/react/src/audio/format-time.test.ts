import { describe, expect, it } from 'vitest';
import { formatClock, formatSpokenTime, isKnownTime, seekValueText } from './format-time.js';

describe('formatClock', () => {
  it('formats minutes and hours', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(9.7)).toBe('0:09');
    expect(formatClock(80)).toBe('1:20');
    expect(formatClock(3599)).toBe('59:59');
    expect(formatClock(3723)).toBe('1:02:03');
  });

  it('never shows NaN or Infinity (Safari before metadata)', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, -1, undefined, null]) {
      expect(formatClock(value)).toBe('--:--');
    }
  });
});

describe('formatSpokenTime and seekValueText', () => {
  it('reads like speech, with singulars', () => {
    expect(formatSpokenTime(0)).toBe('0 seconds');
    expect(formatSpokenTime(1)).toBe('1 second');
    expect(formatSpokenTime(60)).toBe('1 minute');
    expect(formatSpokenTime(3661)).toBe('1 hour 1 minute 1 second');
  });

  it('builds the slider text of the issue', () => {
    expect(seekValueText(80, 295)).toBe('1 minute 20 seconds of 4 minutes 55 seconds');
  });

  it('leaves out an unknown duration', () => {
    expect(seekValueText(80, Number.NaN)).toBe('1 minute 20 seconds');
    expect(seekValueText(80, Number.POSITIVE_INFINITY)).toBe('1 minute 20 seconds');
    expect(isKnownTime(Number.POSITIVE_INFINITY)).toBe(false);
  });
});
