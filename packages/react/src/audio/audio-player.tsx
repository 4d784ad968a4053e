'use client';
import { type HTMLAttributes, useEffect, useId, useRef, useState } from 'react';
import { classNames } from '../internal/class-names.js';
import type { AudioContextValue, AudioStatus, AudioTrack } from './audio-context.js';
import { formatClock, isKnownTime } from './format-time.js';
import { Icon } from './icons.js';
import { handlePlayerShortcut } from './player-shortcuts.js';
import { SeekSlider } from './seek-slider.js';
import { PLAYBACK_RATES, readPosition } from './stored-playback.js';
import { useAudio } from './use-audio.js';

/** Props of {@link AudioPlayer}. */
export interface AudioPlayerProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The track, usually `post.audio` from frontmatter: `{ src, title?, duration?, mimeType? }`. */
  audio: AudioTrack;
  /** Offer a download link: `true`, or the file name to save as. */
  download?: boolean | string;
  /** Playback rates in the speed menu. */
  rates?: readonly number[];
}

/** Whether a status means the element is (trying to be) playing, so the main button pauses. */
export function isActive(status: AudioStatus): boolean {
  return status === 'playing' || status === 'buffering' || status === 'loading';
}

/** What a screen reader hears about waiting states (a polite live region). */
export function statusAnnouncement(status: AudioStatus): string {
  return status === 'loading' ? 'Loading audio…' : status === 'buffering' ? 'Buffering…' : '';
}

/** The label of the main button: Pause while active, Retry after an error, else Play or Resume. */
export function mainButtonLabel(status: AudioStatus, resumeAt = 0): string {
  if (isActive(status)) return 'Pause';
  if (status === 'error') return 'Retry';
  return resumeAt > 0 && status === 'idle' ? `Resume from ${formatClock(resumeAt)}` : 'Play';
}

/** Play/pause button with the buffering ring, shared by both players. */
export function MainButton({
  audio,
  status,
  track,
  resumeAt,
}: {
  audio: AudioContextValue;
  status: AudioStatus;
  track?: AudioTrack;
  resumeAt?: number;
}) {
  return (
    <button
      type="button"
      className="inkwell-audio__play"
      aria-label={mainButtonLabel(status, resumeAt)}
      onClick={() => audio.toggle(track)}
    >
      <Icon name={isActive(status) ? 'pause' : status === 'error' ? 'retry' : 'play'} />
    </button>
  );
}

/** Skip back (negative `seconds`) or forward, shared by both players. */
export function SkipButton({
  audio,
  seconds,
  disabled,
}: {
  audio: AudioContextValue;
  seconds: number;
  disabled?: boolean;
}) {
  const back = seconds < 0;
  return (
    <button
      type="button"
      className="inkwell-audio__button"
      aria-label={`${back ? 'Back' : 'Forward'} ${Math.abs(seconds)} seconds`}
      disabled={disabled}
      onClick={() => audio.skip(seconds)}
    >
      <Icon name={back ? 'back' : 'forward'} label={String(Math.abs(seconds))} />
    </button>
  );
}

/**
 * The full narration player for a post. It controls the page's single `<audio>` element (owned by
 * `AudioProvider`), so playback continues in `FloatingAudioPlayer` when it scrolls out of view or
 * the reader moves to another page.
 *
 * Seek slider (arrow keys, PageUp/PageDown, Home/End), elapsed and remaining time, skip back 15 s
 * and forward 30 s, remembered speed, mute and volume (volume hidden where the platform ignores
 * it, as on iOS), optional download link. While focus is inside: Space/K play/pause, J/L skip,
 * M mute. State is in `data-state`: `idle | loading | playing | paused | buffering | ended | error`.
 *
 * @example
 * // app/posts/[slug]/page.tsx
 * {post.audio && <AudioPlayer audio={{ ...post.audio, title: post.audio.title ?? post.title }} download />}
 */
export function AudioPlayer({
  audio: track,
  download,
  rates = PLAYBACK_RATES,
  className,
  ...rest
}: AudioPlayerProps) {
  const audio = useAudio();
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const current = audio.track?.src === track.src;
  const [resumeAt, setResumeAt] = useState(0);
  const { reportPlayer } = audio;

  // Read after mount (storage is browser-only) and again whenever this track stops being the loaded one.
  useEffect(() => {
    if (!current) setResumeAt(readPosition(track.src));
  }, [track.src, current]);

  useEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    // Without IntersectionObserver, a mounted player counts as visible: the floating one then shows on other pages.
    if (typeof IntersectionObserver !== 'function') {
      reportPlayer(id, track.src, true);
    } else {
      const observer = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1];
        if (last) reportPlayer(id, track.src, last.isIntersecting);
      });
      observer.observe(element);
      return () => {
        observer.disconnect();
        reportPlayer(id, track.src, null);
      };
    }
    return () => reportPlayer(id, track.src, null);
  }, [id, track.src, reportPlayer]);

  const status: AudioStatus = current ? audio.status : 'idle';
  const duration = current ? audio.duration : isKnownTime(track.duration) ? track.duration : Number.NaN;
  const position = current ? audio.currentTime : resumeAt;
  const title = track.title ?? 'Listen to this post';
  const rateOptions = rates.includes(audio.rate) ? rates : [...rates, audio.rate].sort((a, b) => a - b);
  const fileName = typeof download === 'string' ? download : '';

  return (
    <section
      ref={rootRef}
      aria-label={`Audio: ${title}`}
      {...rest}
      className={classNames('inkwell-audio', className)}
      data-state={status}
      data-duration={isKnownTime(duration) ? 'known' : 'unknown'}
      onKeyDown={(event) => {
        rest.onKeyDown?.(event);
        handlePlayerShortcut(event, audio, track);
      }}
    >
      <div className="inkwell-audio__main">
        <MainButton audio={audio} status={status} track={track} resumeAt={resumeAt} />
        <div className="inkwell-audio__body">
          <p className="inkwell-audio__title">{title}</p>
          <SeekSlider
            value={position}
            max={duration}
            onSeek={(seconds) => {
              // Seeking an unloaded track loads it and starts there.
              if (!current) audio.play(track);
              audio.seek(seconds);
            }}
          />
          <div className="inkwell-audio__times">
            <span>{formatClock(position)}</span>
            <span>
              <span className="inkwell-audio__sr">remaining </span>
              {isKnownTime(duration) ? `-${formatClock(Math.max(0, duration - position))}` : '--:--'}
            </span>
          </div>
        </div>
      </div>
      <div className="inkwell-audio__controls">
        <SkipButton audio={audio} seconds={-15} disabled={!current} />
        <SkipButton audio={audio} seconds={30} disabled={!current} />
        <select
          className="inkwell-audio__rate"
          aria-label="Playback speed"
          value={String(audio.rate)}
          onChange={(event) => audio.setRate(Number(event.target.value))}
        >
          {rateOptions.map((rate) => (
            <option key={rate} value={String(rate)}>
              {rate}×
            </option>
          ))}
        </select>
        <span className="inkwell-audio__spacer" />
        <button
          type="button"
          className="inkwell-audio__button"
          aria-label={audio.muted ? 'Unmute' : 'Mute'}
          aria-pressed={audio.muted}
          onClick={() => audio.setMuted(!audio.muted)}
        >
          <Icon name={audio.muted ? 'muted' : 'volume'} />
        </button>
        {audio.canSetVolume && (
          <input
            type="range"
            className="inkwell-audio__volume"
            aria-label="Volume"
            min={0}
            max={1}
            step={0.05}
            value={audio.muted ? 0 : audio.volume}
            aria-valuetext={`${Math.round((audio.muted ? 0 : audio.volume) * 100)}%`}
            onChange={(event) => audio.setVolume(Number(event.target.value))}
          />
        )}
        {download && (
          <a
            className="inkwell-audio__button"
            href={track.src}
            download={fileName}
            aria-label="Download audio"
          >
            <Icon name="download" />
          </a>
        )}
      </div>
      {status === 'error' && audio.error && (
        <div className="inkwell-audio__error" role="alert">
          <span>{audio.error.message}</span>
          <button type="button" className="inkwell-audio__retry" onClick={() => audio.retry()}>
            Retry
          </button>
          {audio.error.kind === 'unsupported' && (
            <a href={track.src} download={fileName}>
              Download the file instead
            </a>
          )}
        </div>
      )}
      <span className="inkwell-audio__sr" role="status">
        {statusAnnouncement(status)}
      </span>
    </section>
  );
}
