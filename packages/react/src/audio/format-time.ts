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
 * formatClock(80); // '1:20'
 * formatClock(3723); // '1:02:03'
 * formatClock(Number.NaN); // '--:--'
 */
export function formatClock(seconds: number | null | undefined): string {
  if (!isKnownTime(seconds)) return '--:--';
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function unit(value: number, name: string): string {
  return `${value} ${name}${value === 1 ? '' : 's'}`;
}

/**
 * Formats seconds as words, as a screen reader should announce them.
 *
 * @example
 * formatSpokenTime(80); // '1 minute 20 seconds'
 * formatSpokenTime(3600); // '1 hour'
 * formatSpokenTime(0); // '0 seconds'
 */
export function formatSpokenTime(seconds: number | null | undefined): string {
  if (!isKnownTime(seconds)) return 'unknown time';
  const total = Math.floor(seconds);
  const parts: string[] = [];
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) parts.push(unit(h, 'hour'));
  if (m) parts.push(unit(m, 'minute'));
  if (s || !parts.length) parts.push(unit(s, 'second'));
  return parts.join(' ');
}

/**
 * The `aria-valuetext` of the seek slider.
 *
 * @example
 * seekValueText(80, 295); // '1 minute 20 seconds of 4 minutes 55 seconds'
 * seekValueText(80, Number.NaN); // '1 minute 20 seconds'
 */
export function seekValueText(position: number, duration: number | null | undefined): string {
  const at = formatSpokenTime(position);
  return isKnownTime(duration) && duration > 0 ? `${at} of ${formatSpokenTime(duration)}` : at;
}
