import type { KeyboardEvent } from 'react';
import type { AudioContextValue, AudioTrack } from './audio-types.js';

/**
 * Keyboard shortcuts of both players, active only while focus is inside one of them:
 * Space or K play/pause, J back 15 s, L forward 30 s, M mute. Keys meant for a focused form
 * control or link (Space on a button, letters in a select) keep their usual meaning.
 *
 * @param track the player's own track; J/L only act when it is the loaded one.
 */
export function handlePlayerShortcut(
  event: KeyboardEvent<HTMLElement>,
  audio: AudioContextValue,
  track?: AudioTrack,
): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const tag = (event.target as HTMLElement).tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
  const loaded = !!audio.track && (!track || audio.track.src === track.src);
  const key = event.key.toLowerCase();
  let action: (() => void) | undefined;
  if (key === 'k' || (key === ' ' && tag !== 'BUTTON' && tag !== 'A')) action = () => audio.toggle(track);
  else if (key === 'j' && loaded) action = () => audio.skip(-15);
  else if (key === 'l' && loaded) action = () => audio.skip(30);
  else if (key === 'm') action = () => audio.setMuted(!audio.muted);
  if (!action) return;
  event.preventDefault();
  action();
}
