'use client';
import { type HTMLAttributes, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { classNames } from '../internal/class-names.js';
import { MainButton, SkipButton, statusAnnouncement } from './audio-player.js';
import { formatClock } from './format-time.js';
import { Icon } from './icons.js';
import { handlePlayerShortcut } from './player-shortcuts.js';
import { SeekSlider } from './seek-slider.js';
import { useAudio } from './use-audio.js';

/** Props of {@link FloatingAudioPlayer}. */
export interface FloatingAudioPlayerProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Where to portal the player; `document.body` by default (fixed UI breaks inside transformed ancestors). */
  container?: Element | null;
}

/**
 * A compact player fixed at the bottom-left of the viewport (clear of a floating nav button at the
 * bottom-right, and of the safe-area insets). It appears whenever a track is loaded and no
 * `AudioPlayer` for it is on screen: after scrolling past the full player, or on another page.
 * Place it once, next to `AudioProvider`. Position it with `--inkwell-audio-float-inset` (distance
 * from the viewport edges) and `--inkwell-audio-float-reserve` (room kept free at the right).
 *
 * @example
 * <AudioProvider>
 *   {children}
 *   <FloatingAudioPlayer />
 * </AudioProvider>
 */
export function FloatingAudioPlayer({ container, className, ...rest }: FloatingAudioPlayerProps) {
  const audio = useAudio();
  const [mounted, setMounted] = useState(false);
  // Portals need the DOM, which a server render does not have: render nothing until mounted.
  useEffect(() => setMounted(true), []);

  const { track, status } = audio;
  if (!mounted || !track || audio.playerVisible) return null;
  const title = track.title ?? 'Audio';

  return createPortal(
    <section
      aria-label="Now playing"
      {...rest}
      className={classNames('inkwell-audio-float', className)}
      data-state={status}
      onKeyDown={(event) => {
        rest.onKeyDown?.(event);
        handlePlayerShortcut(event, audio);
      }}
    >
      <MainButton audio={audio} status={status} />
      <div className="inkwell-audio-float__body">
        <p className="inkwell-audio-float__title" title={title}>
          {title}
        </p>
        <p className="inkwell-audio-float__meta">
          {status === 'error' && audio.error
            ? audio.error.message
            : `${formatClock(audio.currentTime)} / ${formatClock(audio.duration)}`}
        </p>
        <SeekSlider
          className="inkwell-audio-float__seek"
          value={audio.currentTime}
          max={audio.duration}
          onSeek={audio.seek}
        />
      </div>
      <SkipButton audio={audio} seconds={-15} />
      <button
        type="button"
        className="inkwell-audio__button"
        aria-label="Stop and close the player"
        onClick={() => audio.stop()}
      >
        <Icon name="close" />
      </button>
      <span className="inkwell-audio__sr" role="status">
        {statusAnnouncement(status)}
      </span>
    </section>,
    container ?? document.body,
  );
}
