'use client';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import {
  type AudioActions,
  AudioContext,
  type AudioContextValue,
  type AudioError,
  type AudioErrorKind,
  type AudioState,
  type AudioStatus,
  type AudioTrack,
} from './audio-context.js';
import { isKnownTime } from './format-time.js';
import {
  setSessionHandlers,
  setSessionPlaybackState,
  setSessionPosition,
  setSessionTrack,
} from './media-session.js';
import { normalizeRate, readPosition, readRate, savePosition, saveRate } from './stored-playback.js';

/** Props of {@link AudioProvider}. */
export interface AudioProviderProps {
  children?: ReactNode;
  /** `crossOrigin` of the `<audio>` element, for files on another origin that need CORS. */
  crossOrigin?: '' | 'anonymous' | 'use-credentials';
}

const MESSAGES: Record<AudioErrorKind, string> = {
  unsupported: 'This browser cannot play this audio format.',
  unavailable: 'The audio could not be loaded: the file may have moved, or its format is not supported here.',
  network: 'The audio stopped loading because of a network problem. Check your connection and retry.',
  decode: 'The audio file is damaged and cannot be played.',
};

function failure(kind: AudioErrorKind): AudioError {
  return { kind, message: MESSAGES[kind] };
}

// MediaError codes: 2 network, 3 decode, 4 source not supported (also what a 404 gives).
function errorKind(code: number): AudioErrorKind {
  return code === 2 ? 'network' : code === 3 ? 'decode' : 'unavailable';
}

const MEDIA_EVENTS = [
  'loadstart',
  'loadedmetadata',
  'durationchange',
  'canplay',
  'play',
  'playing',
  'pause',
  'waiting',
  'seeked',
  'timeupdate',
  'ratechange',
  'volumechange',
  'ended',
  'error',
  'emptied',
] as const;

type Snapshot = Omit<AudioState, 'track' | 'canSetVolume' | 'playerVisible'>;

const IDLE: Snapshot = {
  status: 'idle',
  currentTime: 0,
  duration: Number.NaN,
  rate: 1,
  volume: 1,
  muted: false,
  error: null,
};

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return (Object.keys(a) as (keyof Snapshot)[]).every((key) => Object.is(a[key], b[key]));
}

function statusOf(
  audio: HTMLAudioElement,
  track: AudioTrack | null,
  error: AudioError | null,
  waiting: boolean,
) {
  if (!track) return 'idle';
  if (error) return 'error';
  if (audio.ended) return 'ended';
  if (audio.paused) return 'paused';
  // readyState: 1 HAVE_METADATA, 3 HAVE_FUTURE_DATA.
  if (audio.readyState < 1) return 'loading';
  return waiting || audio.readyState < 3 ? 'buffering' : 'playing';
}

/**
 * Owns the page's single `<audio>` element and shares its state with `AudioPlayer`,
 * `FloatingAudioPlayer` and `useAudio()`. Mount it once, in the root layout, so that client-side
 * navigation never unmounts it and narration keeps playing from page to page.
 *
 * It remembers the playback rate and, per `src`, the position (re-applied once metadata loads),
 * and drives the lock-screen controls through the Media Session API where there is one.
 *
 * @example
 * // app/layout.tsx (Next.js App Router)
 * import { AudioProvider, FloatingAudioPlayer } from '@inkwell/react';
 * import '@inkwell/react/styles.css';
 *
 * export default function RootLayout({ children }: { children: React.ReactNode }) {
 *   return (
 *     <html lang="en">
 *       <body>
 *         <AudioProvider>
 *           {children}
 *           <FloatingAudioPlayer />
 *         </AudioProvider>
 *       </body>
 *     </html>
 *   );
 * }
 */
export function AudioProvider({ children, crossOrigin }: AudioProviderProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const trackRef = useRef<AudioTrack | null>(null);
  const errorRef = useRef<AudioError | null>(null);
  const waitingRef = useRef(false);
  // Where to seek once metadata has loaded: the resume position, or where a retried track stopped.
  const pendingSeekRef = useRef(0);
  const lastSavedRef = useRef(0);
  const playersRef = useRef(new Map<string, { src: string; visible: boolean }>());

  const [track, setTrack] = useState<AudioTrack | null>(null);
  const [snapshot, setSnapshot] = useState<Snapshot>(IDLE);
  const [canSetVolume, setCanSetVolume] = useState(true);
  const [playerVisible, setPlayerVisible] = useState(false);

  const { sync, controls: actions } = useMemo(() => {
    const element = () => audioRef.current;

    const sync = () => {
      const audio = element();
      if (!audio) return;
      const current = trackRef.current;
      const ownDuration = audio.duration;
      const next: Snapshot = {
        status: statusOf(audio, current, errorRef.current, waitingRef.current) as AudioStatus,
        currentTime: current ? audio.currentTime : 0,
        duration:
          current && isKnownTime(ownDuration) && ownDuration > 0
            ? ownDuration
            : isKnownTime(current?.duration)
              ? current.duration
              : Number.NaN,
        rate: audio.playbackRate,
        volume: audio.volume,
        muted: audio.muted,
        error: errorRef.current,
      };
      setSnapshot((previous) => (sameSnapshot(previous, next) ? previous : next));
    };

    const refreshVisibility = () => {
      const src = trackRef.current?.src;
      let visible = false;
      for (const player of playersRef.current.values()) visible ||= player.src === src && player.visible;
      setPlayerVisible(visible);
    };

    const fail = (kind: AudioErrorKind) => {
      errorRef.current = failure(kind);
      sync();
    };

    const start = () => {
      const audio = element();
      if (!audio || errorRef.current) return;
      audio.play()?.catch((reason: unknown) => {
        // NotAllowedError (autoplay policy) leaves it paused; AbortError means a newer load won.
        // Unplayable sources also fire an `error` event, which sets the message.
        if (reason instanceof Error && reason.name === 'NotSupportedError' && !audio.error)
          fail('unsupported');
        sync();
      });
      sync();
    };

    // Points the element at `next` from `position` seconds (applied after metadata loads).
    const load = (next: AudioTrack, position: number) => {
      const audio = element();
      if (!audio) return;
      trackRef.current = next;
      errorRef.current = null;
      waitingRef.current = false;
      pendingSeekRef.current = position;
      setTrack(next);
      refreshVisibility();
      setSessionTrack(next);
      if (next.mimeType && audio.canPlayType(next.mimeType) === '') {
        audio.removeAttribute('src');
        audio.load();
        fail('unsupported');
        return;
      }
      audio.src = next.src;
      audio.load();
      sync();
    };

    const seek = (seconds: number) => {
      const audio = element();
      if (!audio || !trackRef.current || !Number.isFinite(seconds)) return;
      const end = audio.duration;
      const target = Math.max(0, isKnownTime(end) && end > 0 ? Math.min(seconds, end) : seconds);
      if (audio.readyState < 1) pendingSeekRef.current = target;
      else audio.currentTime = target;
      sync();
    };

    const play = (next?: AudioTrack) => {
      const current = trackRef.current;
      if (next && next.src !== current?.src) load(next, readPosition(next.src));
      else if (!current) return;
      else if (errorRef.current) return retry();
      start();
    };

    const retry = () => {
      const current = trackRef.current;
      const audio = element();
      if (!current || !audio) return;
      const position = audio.readyState >= 1 ? audio.currentTime : pendingSeekRef.current;
      load(current, position || readPosition(current.src));
      start();
    };

    const controls: AudioActions = {
      play,
      retry,
      seek,
      pause() {
        element()?.pause();
      },
      toggle(next) {
        const audio = element();
        const sameTrack = !next || next.src === trackRef.current?.src;
        if (audio && sameTrack && trackRef.current && !audio.paused && !errorRef.current) audio.pause();
        else play(next);
      },
      skip(seconds) {
        const audio = element();
        if (audio) seek((audio.readyState < 1 ? pendingSeekRef.current : audio.currentTime) + seconds);
      },
      setRate(rate) {
        const audio = element();
        const value = normalizeRate(rate);
        saveRate(value);
        if (!audio) return;
        audio.defaultPlaybackRate = value;
        audio.playbackRate = value;
      },
      setVolume(volume) {
        const audio = element();
        if (!audio || !Number.isFinite(volume)) return;
        audio.volume = Math.min(1, Math.max(0, volume));
        if (audio.volume > 0 && audio.muted) audio.muted = false;
      },
      setMuted(muted) {
        const audio = element();
        if (audio) audio.muted = muted;
      },
      stop() {
        const audio = element();
        const current = trackRef.current;
        if (!audio || !current) return;
        audio.pause();
        savePosition(current.src, audio.currentTime, audio.duration);
        trackRef.current = null;
        errorRef.current = null;
        audio.removeAttribute('src');
        audio.load();
        setTrack(null);
        setSessionTrack(null);
        setSessionPlaybackState('none');
        refreshVisibility();
        sync();
      },
      reportPlayer(id, src, visible) {
        if (visible === null) playersRef.current.delete(id);
        else playersRef.current.set(id, { src, visible });
        refreshVisibility();
      },
    };
    return { sync, controls };
  }, []);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    // iOS ignores `volume` (the hardware buttons own it): detect instead of sniffing the user agent.
    const previous = audio.volume;
    audio.volume = 0.5;
    setCanSetVolume(audio.volume === 0.5);
    audio.volume = previous;
    actions.setRate(readRate());

    const save = () => {
      const current = trackRef.current;
      if (current && audio.readyState >= 1) savePosition(current.src, audio.currentTime, audio.duration);
    };
    const updateSession = () => setSessionPosition(audio.duration, audio.currentTime, audio.playbackRate);

    const onEvent = (event: Event) => {
      const current = trackRef.current;
      switch (event.type) {
        case 'waiting':
          waitingRef.current = true;
          break;
        case 'playing':
        case 'canplay':
        case 'pause':
        case 'emptied':
          waitingRef.current = false;
          break;
        case 'loadedmetadata':
          if (pendingSeekRef.current > 0) {
            const end = audio.duration;
            const target = pendingSeekRef.current;
            // A position at the very end would end playback at once: start over instead.
            if (!isKnownTime(end) || target < end - 2) audio.currentTime = target;
            pendingSeekRef.current = 0;
          }
          break;
        case 'timeupdate':
          if (Math.abs(audio.currentTime - lastSavedRef.current) >= 5) {
            lastSavedRef.current = audio.currentTime;
            save();
          }
          break;
        case 'ended':
          if (current) savePosition(current.src, 0, audio.duration);
          break;
        case 'error':
          // An error with no source is the unload in `stop()`, not a failure.
          if (current && audio.error && audio.getAttribute('src'))
            errorRef.current = failure(errorKind(audio.error.code));
          break;
      }
      if (event.type === 'pause' || event.type === 'seeked') save();
      if (event.type !== 'timeupdate') {
        updateSession();
        if (current) setSessionPlaybackState(audio.paused ? 'paused' : 'playing');
      }
      sync();
    };

    for (const type of MEDIA_EVENTS) audio.addEventListener(type, onEvent);
    window.addEventListener('pagehide', save);
    const skipBy = (seconds: number) => (details: MediaSessionActionDetails) =>
      actions.skip((details.seekOffset ?? seconds) * Math.sign(seconds));
    setSessionHandlers({
      play: () => actions.play(),
      pause: () => actions.pause(),
      stop: () => actions.stop(),
      seekbackward: skipBy(-15),
      seekforward: skipBy(30),
      seekto: (details) => actions.seek(details.seekTime ?? audio.currentTime),
    });
    sync();
    return () => {
      for (const type of MEDIA_EVENTS) audio.removeEventListener(type, onEvent);
      window.removeEventListener('pagehide', save);
      save();
      setSessionHandlers({
        play: null,
        pause: null,
        stop: null,
        seekbackward: null,
        seekforward: null,
        seekto: null,
      });
    };
  }, [actions, sync]);

  const value = useMemo<AudioContextValue>(
    () => ({ ...snapshot, track, canSetVolume, playerVisible, ...actions }),
    [snapshot, track, canSetVolume, playerVisible, actions],
  );

  return (
    <AudioContext.Provider value={value}>
      {children}
      {/* biome-ignore lint/a11y/useMediaCaption: narration of a written post; the post is the transcript. */}
      <audio ref={audioRef} preload="metadata" crossOrigin={crossOrigin} hidden />
    </AudioContext.Provider>
  );
}
