'use client';
import { type CSSProperties, type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { classNames } from '../internal/class-names.js';
import type { AudioPlayerLabels } from './audio-labels.js';
import { isKnownTime } from './format-time.js';

/** Props of the seek slider. */
export interface SeekSliderProps {
  /** Position in seconds. */
  value: number;
  /** Duration in seconds; `NaN` while unknown, which disables the slider. */
  max: number;
  /** Called with the new position: on each key press, and when a drag ends. */
  onSeek(seconds: number): void;
  /** Accessible name. */
  /** `seek` is the accessible name, `seekValue` the spoken position. */
  labels: Pick<AudioPlayerLabels, 'seek' | 'seekValue'>;
  disabled?: boolean;
  className?: string;
}

/** Seconds moved by the arrow keys and by PageUp/PageDown. */
export const SEEK_STEP = 5;
export const SEEK_PAGE_STEP = 30;

/** The position a key press on the slider moves to, or `null` for keys the slider ignores. */
export function seekKeyTarget(key: string, value: number, max: number): number | null {
  const moves: Record<string, number> = {
    ArrowRight: value + SEEK_STEP,
    ArrowUp: value + SEEK_STEP,
    ArrowLeft: value - SEEK_STEP,
    ArrowDown: value - SEEK_STEP,
    PageUp: value + SEEK_PAGE_STEP,
    PageDown: value - SEEK_PAGE_STEP,
    Home: 0,
    End: max,
  };
  const target = moves[key];
  return target === undefined ? null : Math.min(max, Math.max(0, target));
}

/**
 * The WAI-ARIA slider the players seek with: arrow keys (5 s), PageUp/PageDown (30 s), Home/End,
 * pointer drag (seeks on release), and an `aria-valuetext` that reads like speech.
 */
export function SeekSlider({ value, max, onSeek, labels, disabled, className }: SeekSliderProps) {
  const [dragValue, setDragValue] = useState<number | null>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const known = isKnownTime(max) && max > 0;
  const inactive = disabled || !known;
  const end = known ? max : 0;
  // With an unknown duration the position is still told (the slider is disabled, its maximum is the position).
  const shown = Math.max(0, known ? Math.min(end, dragValue ?? value) : value);

  const fromPointer = (event: PointerEvent) => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box?.width) return shown;
    return Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * end;
  };

  return (
    <div
      ref={trackRef}
      role="slider"
      tabIndex={inactive ? -1 : 0}
      aria-label={labels.seek}
      aria-valuemin={0}
      aria-valuemax={Math.round(known ? end : shown)}
      aria-valuenow={Math.round(shown)}
      aria-valuetext={labels.seekValue(shown, known ? max : Number.NaN)}
      aria-disabled={inactive || undefined}
      data-dragging={dragValue !== null ? '' : undefined}
      className={classNames('inkwell-seek', className)}
      style={{ '--inkwell-seek-progress': end ? shown / end : 0 } as CSSProperties}
      onKeyDown={(event: KeyboardEvent) => {
        if (inactive) return;
        const target = seekKeyTarget(event.key, value, end);
        if (target === null) return;
        event.preventDefault();
        event.stopPropagation();
        onSeek(target);
      }}
      onPointerDown={(event) => {
        if (inactive || event.button !== 0) return;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        setDragValue(fromPointer(event));
      }}
      onPointerMove={(event) => {
        if (dragValue !== null) setDragValue(fromPointer(event));
      }}
      onPointerUp={(event) => {
        if (dragValue === null) return;
        setDragValue(null);
        onSeek(fromPointer(event));
      }}
      onPointerCancel={() => setDragValue(null)}
    >
      <div className="inkwell-seek__fill" />
      <div className="inkwell-seek__thumb" />
    </div>
  );
}
