import type { AudioTrack } from './audio-types.js';

// Lock-screen and hardware-key controls through the Media Session API. Every call is guarded:
// the API is missing in older browsers and jsdom, and some actions throw where unsupported.

type Handlers = Partial<Record<MediaSessionAction, MediaSessionActionHandler | null>>;

function session(): MediaSession | undefined {
  return typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
}

/** Shows `track` on the lock screen (or clears it with `null`). */
export function setSessionTrack(track: AudioTrack | null): void {
  const media = session();
  if (!media) return;
  try {
    media.metadata =
      track && typeof MediaMetadata === 'function'
        ? new MediaMetadata({
            title: track.title ?? '',
            artist: track.artist ?? '',
            artwork: track.artwork ? [{ src: track.artwork }] : [],
          })
        : null;
  } catch {
    // A browser that rejects the metadata still plays the audio.
  }
}

/** Installs action handlers; pass `null` values to remove them. Unsupported actions are skipped. */
export function setSessionHandlers(handlers: Handlers): void {
  const media = session();
  if (!media) return;
  for (const [action, handler] of Object.entries(handlers)) {
    try {
      media.setActionHandler(action as MediaSessionAction, handler ?? null);
    } catch {
      // This action is not supported here.
    }
  }
}

/** Updates the lock-screen position, only with finite values (browsers throw on NaN/Infinity). */
export function setSessionPosition(duration: number, position: number, rate: number): void {
  const media = session();
  if (!media?.setPositionState || !(duration > 0) || !Number.isFinite(duration)) return;
  if (!Number.isFinite(position) || !Number.isFinite(rate) || rate <= 0) return;
  try {
    media.setPositionState({
      duration,
      position: Math.min(Math.max(0, position), duration),
      playbackRate: rate,
    });
  } catch {
    // Out-of-range values during a track change: the next update corrects it.
  }
}

export function setSessionPlaybackState(state: MediaSessionPlaybackState): void {
  const media = session();
  if (media) media.playbackState = state;
}
