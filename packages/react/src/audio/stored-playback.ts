import { local } from '../internal/storage.js';

// Remembered playback: the rate for every track, and the position per `src` so a reader who comes
// back later resumes where they left off. Storage may be unavailable: then nothing is remembered.

const RATE_KEY = 'inkwell-audio-rate';
const POSITION_PREFIX = 'inkwell-audio-position:';

/** Playback rates offered by the players. */
export const PLAYBACK_RATES: readonly number[] = [0.75, 1, 1.25, 1.5, 1.75, 2];

/** Clamps a rate to what the players offer (0.5–3); anything unusable becomes 1. */
export function normalizeRate(rate: number): number {
  return Number.isFinite(rate) && rate > 0 ? Math.min(3, Math.max(0.5, rate)) : 1;
}

/** The remembered playback rate, or 1. */
export function readRate(): number {
  return normalizeRate(Number(local.get(RATE_KEY) ?? 1));
}

export function saveRate(rate: number): void {
  local.set(RATE_KEY, String(rate));
}

/** The remembered position for `src` in seconds, or 0. */
export function readPosition(src: string): number {
  const value = Number(local.get(POSITION_PREFIX + src));
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Remembers `seconds` for `src`; a position at (or near) the end forgets it, so the next visit starts over. */
export function savePosition(src: string, seconds: number, duration: number): void {
  if (!Number.isFinite(seconds)) return;
  if (seconds < 1 || (Number.isFinite(duration) && seconds > duration - 2))
    local.remove(POSITION_PREFIX + src);
  else local.set(POSITION_PREFIX + src, seconds.toFixed(1));
}
