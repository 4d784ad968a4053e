'use client';
import { type HTMLAttributes, type Ref, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { classNames } from '../internal/class-names.js';
import { type AudioPlayerLabels, defaultAudioLabels } from './audio-labels.js';
import type { AudioContextValue, AudioStatus, AudioTrack } from './audio-types.js';
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
  /** Offer a download link: `true`, or the file name to save as. Default: none (no download link). */
  download?: boolean | string;
  /** Playback rates in the speed menu. */
  rates?: readonly number[];
  /** Texts, for another language: pass only the ones you change. Default: English (see `AudioPlayerLabels`). */
  labels?: Partial<AudioPlayerLabels>;
}

/** Whether a status means the element is (trying to be) playing, so the main button pauses. */
export function isActive(status: AudioStatus): boolean {
  return status === 'playing' || status === 'buffering' || status === 'loading';
}

/**
 * The region both players share: state in `data-state`, the keyboard shortcuts, and a polite live
 * region for the waiting states.
 */
export function PlayerRegion({
  audio,
  track,
  status,
  labels,
  onKeyDown,
  children,
  ...props
}: HTMLAttributes<HTMLElement> & {
  ref?: Ref<HTMLElement>;
  audio: AudioContextValue;
  track?: AudioTrack;
  status: AudioStatus;
  labels: AudioPlayerLabels;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a labelled region; the shortcuts act on keys from the controls inside it.
    <section
      {...props}
      data-state={status}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        handlePlayerShortcut(event, audio, track);
      }}
    >
      {children}
      <span className="inkwell-audio__sr" role="status">
        {status === 'loading' ? labels.loading : status === 'buffering' ? labels.buffering : ''}
      </span>
    </section>
  );
}

/** Play/pause button with the buffering ring, shared by both players. */
export function MainButton({
  audio,
  status,
  labels,
  track,
  resumeAt,
}: {
  audio: AudioContextValue;
  status: AudioStatus;
  labels: AudioPlayerLabels;
  track?: AudioTrack;
  resumeAt?: number;
}) {
  const active = isActive(status);
  const error = status === 'error';
  const label = active
    ? labels.pause
    : error
      ? labels.retry
      : resumeAt && status === 'idle'
        ? labels.resume(formatClock(resumeAt))
        : labels.play;
  return (
    <button
      type="button"
      className="inkwell-audio__play"
      aria-label={label}
      onClick={() => audio.toggle(track)}
    >
      <Icon name={active ? 'pause' : error ? 'retry' : 'play'} />
    </button>
  );
}

/** Skip back (negative `seconds`) or forward, shared by both players. */
export function SkipButton({
  audio,
  seconds,
  labels,
  disabled,
}: {
  audio: AudioContextValue;
  seconds: number;
  labels: AudioPlayerLabels;
  disabled?: boolean;
}) {
  const back = seconds < 0;
  const amount = Math.abs(seconds);
  return (
    <button
      type="button"
      className="inkwell-audio__button"
      aria-label={back ? labels.back(amount) : labels.forward(amount)}
      disabled={disabled}
      onClick={() => audio.skip(seconds)}
    >
      <Icon name={back ? 'back' : 'forward'} label={String(amount)} />
    </button>
  );
}

/** Tells the provider whether this player is on screen, so the floating one hides meanwhile. */
function useReportVisibility(rootRef: RefObject<HTMLElement | null>, src: string, audio: AudioContextValue) {
  const id = useId();
  const { reportPlayer } = audio;
  useEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    // Without IntersectionObserver, a mounted player counts as visible: the floating one then shows on other pages.
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            const last = entries.at(-1);
            if (last) reportPlayer(id, src, last.isIntersecting);
          })
        : null;
    if (observer) observer.observe(element);
    else reportPlayer(id, src, true);
    return () => {
      observer?.disconnect();
      reportPlayer(id, src, null);
    };
  }, [id, src, rootRef, reportPlayer]);
}

/** Skip, speed, mute, volume and download: the second row of the full player. */
function PlayerControls({
  audio,
  track,
  current,
  rates,
  download,
  labels,
}: {
  audio: AudioContextValue;
  track: AudioTrack;
  current: boolean;
  rates: readonly number[];
  /** The file name to save as; `undefined`: no download link. */
  download: string | undefined;
  labels: AudioPlayerLabels;
}) {
  const rateOptions = rates.includes(audio.rate) ? rates : [...rates, audio.rate].sort((a, b) => a - b);
  const level = audio.muted ? 0 : audio.volume;
  return (
    <div className="inkwell-audio__controls">
      <SkipButton audio={audio} seconds={-15} labels={labels} disabled={!current} />
      <SkipButton audio={audio} seconds={30} labels={labels} disabled={!current} />
      <select
        className="inkwell-audio__rate"
        aria-label={labels.speed}
        value={String(audio.rate)}
        onChange={(event) => audio.setRate(Number(event.target.value))}
      >
        {rateOptions.map((rate) => (
          <option key={rate} value={String(rate)}>
            {rate}×
          </option>
        ))}
      </select>
      <button
        type="button"
        className="inkwell-audio__button"
        aria-label={audio.muted ? labels.unmute : labels.mute}
        aria-pressed={audio.muted}
        onClick={() => audio.setMuted(!audio.muted)}
      >
        <Icon name={audio.muted ? 'muted' : 'volume'} />
      </button>
      {audio.canSetVolume && (
        <input
          type="range"
          className="inkwell-audio__volume"
          aria-label={labels.volume}
          min={0}
          max={1}
          step={0.05}
          value={level}
          aria-valuetext={`${Math.round(level * 100)}%`}
          onChange={(event) => audio.setVolume(Number(event.target.value))}
        />
      )}
      {download !== undefined && (
        <a
          className="inkwell-audio__button"
          href={track.src}
          download={download}
          aria-label={labels.download}
        >
          <Icon name="download" />
        </a>
      )}
    </div>
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
 * M mute. State is in `data-state`: `idle`, `loading`, `playing`, `paused`, `buffering`, `ended` or
 * `error`. Every text can be replaced through `labels`.
 *
 * @example
 * ```tsx
 * // app/posts/[slug]/page.tsx
 * {post.audio && <AudioPlayer audio={{ ...post.audio, title: post.audio.title ?? post.title }} download />}
 * ```
 */
export function AudioPlayer({
  audio: track,
  download,
  rates = PLAYBACK_RATES,
  labels: labelOverrides,
  className,
  ...rest
}: AudioPlayerProps) {
  const audio = useAudio();
  const labels = { ...defaultAudioLabels, ...labelOverrides };
  const rootRef = useRef<HTMLElement>(null);
  const current = audio.track?.src === track.src;
  const [resumeAt, setResumeAt] = useState(0);
  useReportVisibility(rootRef, track.src, audio);

  // Read after mount (storage is browser-only) and again whenever this track stops being the loaded one.
  useEffect(() => {
    if (!current) setResumeAt(readPosition(track.src));
  }, [track.src, current]);

  const status: AudioStatus = current ? audio.status : 'idle';
  const duration = current ? audio.duration : isKnownTime(track.duration) ? track.duration : Number.NaN;
  const position = current ? audio.currentTime : resumeAt;
  const title = track.title ?? labels.untitled;
  const fileName = download ? (download === true ? '' : download) : undefined;

  return (
    <PlayerRegion
      ref={rootRef}
      aria-label={labels.player(title)}
      {...rest}
      className={classNames('inkwell-audio', className)}
      data-duration={isKnownTime(duration) ? 'known' : 'unknown'}
      audio={audio}
      track={track}
      status={status}
      labels={labels}
    >
      <div className="inkwell-audio__main">
        <MainButton audio={audio} status={status} labels={labels} track={track} resumeAt={resumeAt} />
        <div className="inkwell-audio__body">
          <p className="inkwell-audio__title">{title}</p>
          <SeekSlider
            value={position}
            max={duration}
            labels={labels}
            onSeek={(seconds) => {
              // Seeking an unloaded track loads it and starts there.
              if (!current) audio.play(track);
              audio.seek(seconds);
            }}
          />
          <div className="inkwell-audio__times">
            <span>{formatClock(position)}</span>
            <span>
              <span className="inkwell-audio__sr">{labels.remaining} </span>
              {isKnownTime(duration) ? `-${formatClock(Math.max(0, duration - position))}` : '--:--'}
            </span>
          </div>
        </div>
      </div>
      <PlayerControls
        audio={audio}
        track={track}
        current={current}
        rates={rates}
        download={fileName}
        labels={labels}
      />
      {status === 'error' && audio.error && (
        <div className="inkwell-audio__error" role="alert">
          <span>{audio.error.message}</span>
          <button type="button" className="inkwell-audio__retry" onClick={() => audio.retry()}>
            {labels.retry}
          </button>
          {audio.error.kind === 'unsupported' && (
            <a href={track.src} download={fileName ?? ''}>
              {labels.downloadInstead}
            </a>
          )}
        </div>
      )}
    </PlayerRegion>
  );
}
