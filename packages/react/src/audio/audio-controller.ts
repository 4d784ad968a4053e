import type {
  AudioActions,
  AudioError,
  AudioErrorKind,
  AudioState,
  AudioStatus,
  AudioTrack,
} from './audio-types.js';
import { isKnownTime } from './format-time.js';
import {
  setSessionHandlers,
  setSessionPlaybackState,
  setSessionPosition,
  setSessionTrack,
} from './media-session.js';
import { normalizeRate, readPosition, readRate, savePosition, saveRate } from './stored-playback.js';

/**
 * The part of `HTMLMediaElement` the controller uses: an `<audio>` element satisfies it, and so does
 * a plain object in a unit test.
 */
export type AudioElementLike = Pick<
  HTMLMediaElement,
  | 'paused'
  | 'ended'
  | 'readyState'
  | 'currentTime'
  | 'duration'
  | 'playbackRate'
  | 'defaultPlaybackRate'
  | 'volume'
  | 'muted'
  | 'error'
  | 'src'
  | 'play'
  | 'pause'
  | 'load'
  | 'canPlayType'
  | 'getAttribute'
  | 'removeAttribute'
  | 'addEventListener'
  | 'removeEventListener'
>;

/**
 * Playback of one media element as a plain store: `getState()` and `subscribe()` for
 * `useSyncExternalStore`, `actions` to drive it. No React in here; `AudioProvider` renders the
 * `<audio>` element and hands it to {@link createAudioController}.
 */
export interface AudioController {
  /** The current state; a new object only when something in it changed. */
  getState(): AudioState;
  subscribe(listener: () => void): () => void;
  /** Stable action functions. */
  readonly actions: AudioActions;
  /**
   * Attaches `audio` (the element passed at creation when left out) and starts listening to its
   * events, remembering positions on `pagehide` and answering the lock screen's controls. Actions
   * called before the first connect are kept and run here, in order. Returns the function that stops
   * all of it (and saves the position). Usable as a React 19 ref callback: `ref={controller.connect}`.
   */
  connect(audio?: AudioElementLike | null): () => void;
}

/** Options of {@link createAudioController}. */
export interface AudioControllerOptions {
  /** The message shown for each kind of failure, for another language or other wording. */
  messages?: Partial<Record<AudioErrorKind, string>>;
}

/** The default (English) message of each kind of failure. */
export const AUDIO_ERROR_MESSAGES: Record<AudioErrorKind, string> = {
  unsupported: 'This browser cannot play this audio format.',
  unavailable: 'The audio could not be loaded: the file may have moved, or its format is not supported here.',
  network: 'The audio stopped loading because of a network problem. Check your connection and retry.',
  decode: 'The audio file is damaged and cannot be played.',
};

const ACTION_NAMES = 'play pause toggle seek skip setRate setVolume setMuted retry stop reportPlayer'.split(
  ' ',
) as (keyof AudioActions)[];

const MEDIA_EVENTS =
  'loadstart loadedmetadata durationchange canplay play playing pause waiting seeked timeupdate ratechange volumechange ended error emptied'.split(
    ' ',
  );

/** The state before anything is loaded (also what a server render shows). */
export const IDLE_AUDIO_STATE: AudioState = {
  track: null,
  status: 'idle',
  currentTime: 0,
  duration: Number.NaN,
  rate: 1,
  volume: 1,
  muted: false,
  canSetVolume: true,
  error: null,
  playerVisible: false,
};

/** Mutable bookkeeping of one controller; `state` is the immutable snapshot readers see. */
interface Playback {
  /** Unset until the first `connect`; nothing reads it before (actions wait for it). */
  audio: AudioElementLike;
  track: AudioTrack | null;
  error: AudioError | null;
  waiting: boolean;
  /** Where to seek once metadata has loaded: the resume position, or where a retried track stopped. */
  pendingSeek: number;
  lastSaved: number;
  players: Map<string, { src: string; visible: boolean }>;
  canSetVolume: boolean;
  state: AudioState;
  listeners: Set<() => void>;
  messages: Record<AudioErrorKind, string>;
}

/** Recomputes the snapshot from the element and tells subscribers when it changed. */
function sync(playback: Playback): void {
  const { audio, track, state, error } = playback;
  const own = audio.duration;
  // readyState: 1 HAVE_METADATA, 3 HAVE_FUTURE_DATA.
  const status: AudioStatus = !track
    ? 'idle'
    : error
      ? 'error'
      : audio.ended
        ? 'ended'
        : audio.paused
          ? 'paused'
          : audio.readyState < 1
            ? 'loading'
            : playback.waiting || audio.readyState < 3
              ? 'buffering'
              : 'playing';
  const next: AudioState = {
    track,
    status,
    currentTime: track ? audio.currentTime : 0,
    duration:
      track && isKnownTime(own) && own > 0 ? own : isKnownTime(track?.duration) ? track.duration : Number.NaN,
    rate: audio.playbackRate,
    volume: audio.volume,
    muted: audio.muted,
    canSetVolume: playback.canSetVolume,
    error,
    playerVisible: [...playback.players.values()].some(
      (player) => player.visible && player.src === track?.src,
    ),
  };
  if ((Object.keys(next) as (keyof AudioState)[]).every((key) => Object.is(next[key], state[key]))) return;
  playback.state = next;
  for (const listener of playback.listeners) listener();
}

function fail(playback: Playback, kind: AudioErrorKind): void {
  playback.error = { kind, message: playback.messages[kind] };
  sync(playback);
}

function start(playback: Playback): void {
  const { audio } = playback;
  if (playback.error) return;
  audio.play()?.catch((reason: unknown) => {
    // NotAllowedError (autoplay policy) leaves it paused; AbortError means a newer load won.
    // Unplayable sources also fire an `error` event, which sets the message.
    if (reason instanceof Error && reason.name === 'NotSupportedError' && !audio.error)
      fail(playback, 'unsupported');
    sync(playback);
  });
  sync(playback);
}

/** Points the element at `next` from `position` seconds (applied after metadata loads). */
function load(playback: Playback, next: AudioTrack, position: number): void {
  const { audio } = playback;
  Object.assign(playback, { track: next, error: null, waiting: false, pendingSeek: position });
  setSessionTrack(next);
  if (next.mimeType && audio.canPlayType(next.mimeType) === '') {
    audio.removeAttribute('src');
    audio.load();
    fail(playback, 'unsupported');
    return;
  }
  audio.src = next.src;
  audio.load();
  sync(playback);
}

function savePlace({ audio, track }: Playback): void {
  if (track && audio.readyState >= 1) savePosition(track.src, audio.currentTime, audio.duration);
}

function unload(playback: Playback): void {
  const { audio, track } = playback;
  if (!track) return;
  audio.pause();
  savePlace(playback);
  playback.track = null;
  playback.error = null;
  audio.removeAttribute('src');
  audio.load();
  setSessionTrack(null);
  setSessionPlaybackState('none');
  sync(playback);
}

function createActions(playback: Playback): AudioActions {
  const { audio } = playback;
  const seek = (seconds: number) => {
    if (!playback.track || !Number.isFinite(seconds)) return;
    const end = audio.duration;
    const target = Math.max(0, isKnownTime(end) && end > 0 ? Math.min(seconds, end) : seconds);
    if (audio.readyState < 1) playback.pendingSeek = target;
    else audio.currentTime = target;
    sync(playback);
  };
  const retry = () => {
    const { track } = playback;
    if (!track) return;
    const position = audio.readyState >= 1 ? audio.currentTime : playback.pendingSeek;
    load(playback, track, position || readPosition(track.src));
    start(playback);
  };
  const play = (next?: AudioTrack) => {
    const { track } = playback;
    if (next && next.src !== track?.src) load(playback, next, readPosition(next.src));
    else if (!track) return;
    else if (playback.error) return retry();
    start(playback);
  };
  return {
    play,
    retry,
    seek,
    pause: () => audio.pause(),
    toggle(next) {
      const same = !next || next.src === playback.track?.src;
      if (same && playback.track && !audio.paused && !playback.error) audio.pause();
      else play(next);
    },
    skip: (seconds) => seek((audio.readyState < 1 ? playback.pendingSeek : audio.currentTime) + seconds),
    setRate(rate) {
      const value = normalizeRate(rate);
      saveRate(value);
      audio.defaultPlaybackRate = value;
      audio.playbackRate = value;
    },
    setVolume(volume) {
      if (!Number.isFinite(volume)) return;
      audio.volume = Math.min(1, Math.max(0, volume));
      if (audio.volume > 0 && audio.muted) audio.muted = false;
    },
    setMuted(muted) {
      audio.muted = muted;
    },
    stop: () => unload(playback),
    reportPlayer(id, src, visible) {
      if (visible === null) playback.players.delete(id);
      else playback.players.set(id, { src, visible });
      sync(playback);
    },
  };
}

/** Updates bookkeeping for one media event; `sync` follows. */
function onMediaEvent(playback: Playback, type: string): void {
  const { audio, track } = playback;
  if (type === 'waiting') playback.waiting = true;
  if (type === 'playing' || type === 'canplay' || type === 'pause' || type === 'emptied')
    playback.waiting = false;
  if (type === 'loadedmetadata' && playback.pendingSeek > 0) {
    const end = audio.duration;
    // A position at the very end would end playback at once: start over instead.
    if (!isKnownTime(end) || playback.pendingSeek < end - 2) audio.currentTime = playback.pendingSeek;
    playback.pendingSeek = 0;
  }
  if (type === 'timeupdate' && Math.abs(audio.currentTime - playback.lastSaved) >= 5) {
    playback.lastSaved = audio.currentTime;
    savePlace(playback);
  }
  if (type === 'ended' && track) savePosition(track.src, 0, audio.duration);
  // An error with no source is the unload in `stop()`, not a failure.
  // MediaError codes: 2 network, 3 decode, 4 source not supported (also what a 404 gives).
  if (type === 'pause' || type === 'seeked') savePlace(playback);
  if (type !== 'timeupdate') {
    setSessionPosition(audio.duration, audio.currentTime, audio.playbackRate);
    if (track) setSessionPlaybackState(audio.paused ? 'paused' : 'playing');
  }
  const code = audio.error?.code;
  if (type === 'error' && track && code && audio.getAttribute('src'))
    fail(playback, code === 2 ? 'network' : code === 3 ? 'decode' : 'unavailable');
  else sync(playback);
}

function connect(playback: Playback, actions: AudioActions): () => void {
  const { audio } = playback;
  // iOS ignores `volume` (the hardware buttons own it): detect instead of sniffing the user agent.
  const previous = audio.volume;
  audio.volume = 0.5;
  playback.canSetVolume = audio.volume === 0.5;
  audio.volume = previous;
  actions.setRate(readRate());
  const onEvent = (event: Event) => onMediaEvent(playback, event.type);
  const save = () => savePlace(playback);
  for (const type of MEDIA_EVENTS) audio.addEventListener(type, onEvent);
  window.addEventListener('pagehide', save);
  const skipBy = (seconds: number) => (details: MediaSessionActionDetails) =>
    actions.skip((details.seekOffset ?? seconds) * Math.sign(seconds));
  const handlers = {
    play: () => actions.play(),
    pause: actions.pause,
    stop: actions.stop,
    seekbackward: skipBy(-15),
    seekforward: skipBy(30),
    seekto: (details: MediaSessionActionDetails) => actions.seek(details.seekTime ?? audio.currentTime),
  };
  setSessionHandlers(handlers);
  sync(playback);
  return () => {
    for (const type of MEDIA_EVENTS) audio.removeEventListener(type, onEvent);
    window.removeEventListener('pagehide', save);
    save();
    setSessionHandlers(Object.fromEntries(Object.keys(handlers).map((action) => [action, null])));
  };
}

/**
 * Creates the playback controller of one media element: status, position, duration (the file's, else
 * the track's hint), rate (remembered across visits), volume, errors with a message per kind, the
 * resume position per `src`, and the lock-screen controls. `AudioProvider` creates one for its
 * `<audio>`; create your own to drive playback without React, or to test against a fake element.
 *
 * @example
 * ```ts
 * const controller = createAudioController(document.querySelector('audio')!);
 * const disconnect = controller.connect();
 * controller.subscribe(() => console.log(controller.getState().status));
 * controller.actions.play({ src: '/audio/hello.m4a', title: 'Hello, world' });
 * // later
 * disconnect();
 * ```
 */
export function createAudioController(
  audio?: AudioElementLike | null,
  { messages }: AudioControllerOptions = {},
): AudioController {
  const playback = {
    messages: { ...AUDIO_ERROR_MESSAGES, ...messages },
    track: null,
    error: null,
    waiting: false,
    pendingSeek: 0,
    lastSaved: 0,
    players: new Map(),
    canSetVolume: true,
    state: IDLE_AUDIO_STATE,
    listeners: new Set(),
  } as Omit<Playback, 'audio'> as Playback;
  // The actions exist from the start, so a component's first render already holds the real ones
  // (a click right after hydration is not lost); until an element is connected they queue.
  let attached: AudioActions | undefined;
  const attach = (element: AudioElementLike) => {
    playback.audio = element;
    attached = createActions(playback);
  };
  if (audio) attach(audio);
  const queued: [keyof AudioActions, unknown[]][] = [];
  const call = (name: keyof AudioActions, args: unknown[]) =>
    attached ? (attached[name] as (...args: unknown[]) => void)(...args) : queued.push([name, args]);
  const actions = Object.fromEntries(
    ACTION_NAMES.map((name) => [name, (...args: unknown[]) => call(name, args)]),
  ) as unknown as AudioActions;
  return {
    getState: () => playback.state,
    subscribe(listener) {
      playback.listeners.add(listener);
      return () => playback.listeners.delete(listener);
    },
    actions,
    connect(element) {
      if (element && element !== playback.audio) attach(element);
      if (!attached) throw new Error('createAudioController: connect() needs the <audio> element.');
      const disconnect = connect(playback, actions);
      for (const [name, args] of queued.splice(0)) call(name, args);
      return disconnect;
    },
  };
}
