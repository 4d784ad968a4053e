/**
 * What can be played: the `audio` field of a post's frontmatter (`PostAudio` in `@inkwell/core`),
 * plus optional lock-screen details.
 */
export interface AudioTrack {
  /** URL of the audio file. Identifies the track: the resume position is stored per `src`. */
  src: string;
  /** Shown in the players and on the lock screen. */
  title?: string;
  /** Duration in seconds, shown until the file's metadata has loaded. */
  duration?: number;
  /** MIME type; when the browser says it cannot play it, the error shows at once instead of after a download. */
  mimeType?: string;
  /** Lock-screen subtitle, for example the blog's or author's name. */
  artist?: string;
  /** Lock-screen artwork URL, for example the post's cover image. */
  artwork?: string;
}

/**
 * Where playback is.
 * - `idle`: nothing loaded (or, in an `AudioPlayer`, another track is loaded);
 * - `loading`: play was asked, metadata has not arrived yet;
 * - `buffering`: playing, but waiting for data;
 * - `error`: see `AudioState.error`.
 */
export type AudioStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'buffering' | 'ended' | 'error';

/** Why a track cannot play: each kind has its own message, and each can be retried. */
export type AudioErrorKind = 'unsupported' | 'unavailable' | 'network' | 'decode';

/** A playback failure, with a message fit to show to the reader. */
export interface AudioError {
  kind: AudioErrorKind;
  message: string;
}

/** Playback state shared by every player under one `AudioProvider`. */
export interface AudioState {
  /** The loaded track, or `null` when nothing is loaded. */
  track: AudioTrack | null;
  status: AudioStatus;
  /** Position in seconds. */
  currentTime: number;
  /** Duration in seconds: the file's, else the track's `duration` hint, else `NaN`. Never `Infinity`. */
  duration: number;
  /** Playback rate, remembered across visits. */
  rate: number;
  /** Volume from 0 to 1. */
  volume: number;
  muted: boolean;
  /** `false` where the platform ignores `volume` (iOS): offer mute only. */
  canSetVolume: boolean;
  error: AudioError | null;
  /** Whether an `AudioPlayer` showing the loaded track is on screen (the floating player hides then). */
  playerVisible: boolean;
}

/** Actions on the shared `<audio>` element. All are no-ops before the provider has mounted. Stable: they never change identity. */
export interface AudioActions {
  /** Plays `track` (loading it first when it is not the loaded one), or resumes the loaded track. */
  play(track?: AudioTrack): void;
  pause(): void;
  /** Pauses when playing, else plays like `play(track)`. */
  toggle(track?: AudioTrack): void;
  /** Moves to `seconds`, clamped to the duration. */
  seek(seconds: number): void;
  /** Moves by `seconds` (negative: back). */
  skip(seconds: number): void;
  setRate(rate: number): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Loads the track again and continues from the last known position. */
  retry(): void;
  /** Stops and unloads: the floating player disappears. */
  stop(): void;
  /**
   * Used by `AudioPlayer` to say whether it is on screen (`null` when it unmounts), so the floating
   * player can hide while the full one is visible.
   */
  reportPlayer(id: string, src: string, visible: boolean | null): void;
}

/** What `useAudio()` returns: the state and the actions in one object. */
export type AudioContextValue = AudioState & AudioActions;
