import { seekValueText } from './format-time.js';

/**
 * Every text of `AudioPlayer` and `FloatingAudioPlayer`, for another language or other wording.
 * Pass only what you change: `labels={{ play: 'Abspielen', pause: 'Pause' }}`.
 */
export interface AudioPlayerLabels {
  play: string;
  pause: string;
  retry: string;
  /** The main button of a track with a remembered position; `time` is a clock like `4:05`. */
  resume: (time: string) => string;
  back: (seconds: number) => string;
  forward: (seconds: number) => string;
  seek: string;
  /** Spoken position of the seek slider (`aria-valuetext`); `duration` is `NaN` when unknown. */
  seekValue: (position: number, duration: number) => string;
  speed: string;
  mute: string;
  unmute: string;
  volume: string;
  download: string;
  /** Link offered when the browser cannot play the format. */
  downloadInstead: string;
  /** Prefix of the remaining time, for screen readers. */
  remaining: string;
  /** Accessible name of the full player. */
  player: (title: string) => string;
  /** Title when the track has none. */
  untitled: string;
  /** Accessible name of the floating player. */
  nowPlaying: string;
  /** The floating player's close button. */
  stop: string;
  loading: string;
  buffering: string;
}

export const defaultAudioLabels: AudioPlayerLabels = {
  play: 'Play',
  pause: 'Pause',
  retry: 'Retry',
  resume: (time) => `Resume from ${time}`,
  back: (seconds) => `Back ${seconds} seconds`,
  forward: (seconds) => `Forward ${seconds} seconds`,
  seek: 'Seek',
  seekValue: seekValueText,
  speed: 'Playback speed',
  mute: 'Mute',
  unmute: 'Unmute',
  volume: 'Volume',
  download: 'Download audio',
  downloadInstead: 'Download the file instead',
  remaining: 'remaining',
  player: (title) => `Audio: ${title}`,
  untitled: 'Listen to this post',
  nowPlaying: 'Now playing',
  stop: 'Stop and close the player',
  loading: 'Loading audio…',
  buffering: 'Buffering…',
};
