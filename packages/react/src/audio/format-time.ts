/**
 * Time formatting for the audio player: clock text for sighted readers ("1:20", "1:02:03") and
 * spoken text for screen readers ("1 minute 20 seconds"). Non-finite or negative input (Safari
 * reports `NaN`/`Infinity` before metadata loads) never leaks into the UI.
 */

/** Whether `seconds` is a usable, finite, non-negative duration or position. */
export function isKnownTime(seconds: number | null | undefined): seconds is number {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0;
}

/**
 * Formats seconds as a clock: `m:ss`, or `h:mm:ss` from one hour. Unknown times read `--:--`.
 *
 * @example
 * ```ts
 * formatClock(80); // '1:20'
 * formatClock(3723); // '1:02:03'
 * formatClock(Number.NaN); // '--:--'
 * ```
 */
export function formatClock(seconds: number | null | undefined): string {
  if (!isKnownTime(seconds)) return '--:--';
  const [h, m, s] = clockParts(seconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Whole hours, minutes and seconds of a known time. */
function clockParts(seconds: number): [number, number, number] {
  const total = Math.floor(seconds);
  return [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
}

/**
 * Formats seconds as words, as a screen reader should announce them.
 *
 * @example
 * ```ts
 * formatSpokenTime(80); // '1 minute 20 seconds'
 * formatSpokenTime(3600); // '1 hour'
 * formatSpokenTime(0); // '0 seconds'
 * ```
 */
export function formatSpokenTime(seconds: number | null | undefined): string {
  if (!isKnownTime(seconds)) return 'unknown time';
  const parts = clockParts(seconds);
  return ['hour', 'minute', 'second']
    .map((name, i) => {
      const value = parts[i] as number;
      // Seconds are said when nothing else is (`0 seconds`).
      return value || (i === 2 && seconds < 1) ? `${value} ${name}${value === 1 ? '' : 's'}` : '';
    })
    .filter(Boolean)
    .join(' ');
}

/**
 * The `aria-valuetext` of the seek slider.
 *
 * @example
 * ```ts
 * seekValueText(80, 295); // '1 minute 20 seconds of 4 minutes 55 seconds'
 * seekValueText(80, Number.NaN); // '1 minute 20 seconds'
 * ```
 */
export function seekValueText(position: number, duration: number | null | undefined): string {
  const at = formatSpokenTime(position);
  return isKnownTime(duration) && duration > 0 ? `${at} of ${formatSpokenTime(duration)}` : at;
}
