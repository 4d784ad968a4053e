'use client';
import type { HTMLAttributes } from 'react';
import { createPortal } from 'react-dom';
import { classNames } from '../internal/class-names.js';
import { type AudioPlayerLabels, defaultAudioLabels } from './audio-labels.js';
import { MainButton, PlayerRegion, SkipButton } from './audio-player.js';
import { formatClock } from './format-time.js';
import { Icon } from './icons.js';
import { SeekSlider } from './seek-slider.js';
import { useAudio } from './use-audio.js';

/** Props of {@link FloatingAudioPlayer}. */
export interface FloatingAudioPlayerProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Where to portal the player; `document.body` by default (fixed UI breaks inside transformed ancestors). */
  container?: Element | null;
  /** Texts, for another language (the same set as `AudioPlayer`'s): pass only the ones you change. */
  labels?: Partial<AudioPlayerLabels>;
}

/**
 * A compact player fixed at the bottom-left of the viewport (clear of a floating nav button at the
 * bottom-right, and of the safe-area insets). It appears whenever a track is loaded and no
 * `AudioPlayer` for it is on screen: after scrolling past the full player, or on another page.
 * Place it once, next to `AudioProvider`. Position it with `--inkwell-audio-float-inset` (distance
 * from the viewport edges) and `--inkwell-audio-float-reserve` (room kept free at the right).
 *
 * @example
 * ```tsx
 * <AudioProvider>
 *   {children}
 *   <FloatingAudioPlayer />
 * </AudioProvider>
 * ```
 */
export function FloatingAudioPlayer({
  container,
  labels: labelOverrides,
  className,
  ...rest
}: FloatingAudioPlayerProps) {
  const audio = useAudio();
  const labels = { ...defaultAudioLabels, ...labelOverrides };
  const { track, status, error } = audio;
  // No track before the provider has mounted (and on the server), so the portal's target exists.
  if (!track || audio.playerVisible) return null;
  const title = track.title ?? labels.untitled;

  return createPortal(
    <PlayerRegion
      aria-label={labels.nowPlaying}
      {...rest}
      className={classNames('inkwell-audio-float', className)}
      audio={audio}
      status={status}
      labels={labels}
    >
      <MainButton audio={audio} status={status} labels={labels} />
      <div className="inkwell-audio-float__body">
        <p className="inkwell-audio-float__title" title={title}>
          {title}
        </p>
        <p className="inkwell-audio-float__meta">
          {status === 'error' && error
            ? error.message
            : `${formatClock(audio.currentTime)} / ${formatClock(audio.duration)}`}
        </p>
        <SeekSlider
          className="inkwell-audio-float__seek"
          value={audio.currentTime}
          max={audio.duration}
          labels={labels}
          onSeek={audio.seek}
        />
      </div>
      <SkipButton audio={audio} seconds={-15} labels={labels} />
      <button
        type="button"
        className="inkwell-audio__button"
        aria-label={labels.stop}
        onClick={() => audio.stop()}
      >
        <Icon name="close" />
      </button>
    </PlayerRegion>,
    container ?? document.body,
  );
}
