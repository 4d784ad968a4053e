import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AudioElementLike, createAudioController } from './audio-controller.js';
import type { AudioTrack } from './audio-types.js';

/**
 * A plain object standing in for an `<audio>` element: the controller only reads and writes these
 * properties and listens to events, so no HTMLMediaElement is patched.
 */
class FakeAudio extends EventTarget implements AudioElementLike {
  paused = true;
  ended = false;
  readyState = 0;
  duration = Number.NaN;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  volume = 1;
  muted = false;
  error: MediaError | null = null;
  src = '';
  #time = 0;
  #attributes = new Map<string, string>();
  playable = (type: string) => (type.startsWith('audio/ogg') ? 'maybe' : '');

  get currentTime() {
    return this.#time;
  }
  set currentTime(value: number) {
    this.#time = value;
    this.emit('seeked');
  }
  play = vi.fn(async () => {
    this.paused = false;
    this.emit('play');
  });
  pause = vi.fn(() => {
    this.paused = true;
    this.emit('pause');
  });
  load = vi.fn(() => {
    Object.assign(this, { readyState: 0, duration: Number.NaN, error: null, ended: false });
    this.#time = 0;
    if (this.src) this.#attributes.set('src', this.src);
  });
  canPlayType = (type: string) => this.playable(type) as CanPlayTypeResult;
  getAttribute = (name: string) => this.#attributes.get(name) ?? null;
  removeAttribute = (name: string) => {
    this.#attributes.delete(name);
    if (name === 'src') this.src = '';
  };
  emit(type: string, change: Partial<FakeAudio> = {}) {
    Object.assign(this, change);
    this.dispatchEvent(new Event(type));
  }
  /** Metadata arrived and enough data to play is buffered. */
  ready(duration: number) {
    this.emit('loadedmetadata', { readyState: 4, duration });
  }
}

const track: AudioTrack = {
  src: '/audio/post.ogg',
  title: 'A narrated post',
  duration: 295,
  mimeType: 'audio/ogg',
};

let audio: FakeAudio;
let controller: ReturnType<typeof createAudioController>;
let disconnect: () => void;

beforeEach(() => {
  localStorage.clear();
  audio = new FakeAudio();
  controller = createAudioController(audio);
  disconnect = controller.connect();
});
afterEach(() => disconnect());

const state = () => controller.getState();

describe('createAudioController', () => {
  it('starts idle, with the track duration hint until the file reports its own', () => {
    expect(state()).toMatchObject({ status: 'idle', track: null, currentTime: 0 });
    controller.actions.play(track);
    expect(audio.src).toBe('/audio/post.ogg');
    expect(audio.play).toHaveBeenCalledOnce();
    expect(state()).toMatchObject({ status: 'loading', duration: 295 });
    audio.emit('durationchange', { duration: Number.POSITIVE_INFINITY, readyState: 1 });
    expect(state().duration).toBe(295);
    audio.ready(300);
    expect(state()).toMatchObject({ status: 'playing', duration: 300 });
  });

  it('notifies subscribers only when the state really changed, with a new object each time', () => {
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.actions.play(track);
    audio.ready(300);
    listener.mockClear();
    const before = state();
    audio.emit('canplay');
    expect(listener).not.toHaveBeenCalled();
    expect(state()).toBe(before);
    audio.emit('timeupdate', { currentTime: 0 });
    audio.currentTime = 12;
    expect(listener).toHaveBeenCalled();
    expect(state()).not.toBe(before);
    expect(state().currentTime).toBe(12);
  });

  it('reports buffering while waiting, and pause and end', () => {
    controller.actions.play(track);
    audio.ready(300);
    audio.emit('waiting');
    expect(state().status).toBe('buffering');
    audio.emit('playing');
    expect(state().status).toBe('playing');
    controller.actions.toggle();
    expect(state().status).toBe('paused');
    audio.emit('ended', { ended: true });
    expect(state().status).toBe('ended');
  });

  it('resumes a track at its remembered position once metadata has loaded', () => {
    localStorage.setItem('inkwell-audio-position:/audio/post.ogg', '120.0');
    controller.actions.play(track);
    expect(audio.currentTime).toBe(0);
    audio.ready(300);
    expect(audio.currentTime).toBe(120);
  });

  it('starts over instead of resuming at the very end', () => {
    localStorage.setItem('inkwell-audio-position:/audio/post.ogg', '299.0');
    controller.actions.play(track);
    audio.ready(300);
    expect(audio.currentTime).toBe(0);
  });

  it('clamps seeks to the duration and queues seeks made before metadata', () => {
    controller.actions.play(track);
    controller.actions.seek(42);
    expect(audio.currentTime).toBe(0);
    audio.ready(300);
    expect(audio.currentTime).toBe(42);
    controller.actions.seek(1000);
    expect(audio.currentTime).toBe(300);
    controller.actions.skip(-15);
    expect(audio.currentTime).toBe(285);
  });

  it('says at once that a format cannot play, without fetching it', () => {
    controller.actions.play({ ...track, src: '/a.m4a', mimeType: 'audio/mp4' });
    expect(audio.src).toBe('');
    expect(state().status).toBe('error');
    expect(state().error?.kind).toBe('unsupported');
    expect(audio.play).not.toHaveBeenCalled();
  });

  it('turns media errors into messages by kind, with overridable wording, and retries from where it stopped', () => {
    disconnect();
    controller = createAudioController(audio, { messages: { network: 'Netzwerkfehler.' } });
    disconnect = controller.connect();
    controller.actions.play(track);
    audio.ready(300);
    audio.currentTime = 80;
    audio.emit('error', { error: { code: 2 } as MediaError });
    expect(state().error).toEqual({ kind: 'network', message: 'Netzwerkfehler.' });
    audio.emit('error', { error: { code: 4 } as MediaError });
    expect(state().error?.kind).toBe('unavailable');
    expect(state().error?.message).toMatch(/could not be loaded/);
    controller.actions.retry();
    expect(state().error).toBeNull();
    expect(audio.load).toHaveBeenCalledTimes(2);
    audio.ready(300);
    expect(audio.currentTime).toBe(80);
  });

  it('remembers the rate across controllers and normalises odd values', () => {
    controller.actions.setRate(1.5);
    expect(audio.playbackRate).toBe(1.5);
    const other = new FakeAudio();
    const stop = createAudioController(other).connect();
    expect(other.playbackRate).toBe(1.5);
    stop();
    controller.actions.setRate(Number.NaN);
    expect(audio.playbackRate).toBe(1);
  });

  it('clamps volume, unmutes on a raise, and detects a platform that ignores volume', () => {
    controller.actions.setMuted(true);
    controller.actions.setVolume(3);
    expect(audio).toMatchObject({ volume: 1, muted: false });
    expect(state().canSetVolume).toBe(true);
    disconnect();
    const ios = new FakeAudio();
    Object.defineProperty(ios, 'volume', { get: () => 1, set: () => {} });
    const iosController = createAudioController(ios);
    disconnect = iosController.connect();
    expect(iosController.getState().canSetVolume).toBe(false);
  });

  it('stops: unloads, saves the position and returns to idle', () => {
    controller.actions.play(track);
    audio.ready(300);
    audio.currentTime = 61;
    controller.actions.stop();
    expect(state()).toMatchObject({ status: 'idle', track: null });
    expect(audio.getAttribute('src')).toBeNull();
    expect(localStorage.getItem('inkwell-audio-position:/audio/post.ogg')).toBe('61.0');
    // The unload's own error event is not a failure.
    audio.emit('error', { error: { code: 4 } as MediaError });
    expect(state().error).toBeNull();
  });

  it('knows whether a player of the loaded track is on screen', () => {
    controller.actions.reportPlayer('a', track.src, true);
    expect(state().playerVisible).toBe(false);
    controller.actions.play(track);
    expect(state().playerVisible).toBe(true);
    controller.actions.reportPlayer('a', track.src, false);
    expect(state().playerVisible).toBe(false);
    controller.actions.reportPlayer('b', track.src, true);
    controller.actions.reportPlayer('b', track.src, null);
    expect(state().playerVisible).toBe(false);
  });

  it('stops listening after disconnect', () => {
    controller.actions.play(track);
    disconnect();
    audio.ready(300);
    expect(state().status).toBe('loading');
    disconnect = () => {};
  });

  it('keeps actions made before an element is connected, and runs them in order on connect', () => {
    const early = createAudioController(null);
    const { actions } = early;
    actions.reportPlayer('page', track.src, true);
    actions.setRate(1.5);
    actions.play(track);
    expect(early.getState().status).toBe('idle');
    expect(() => early.connect()).toThrow(/needs the <audio> element/);
    const element = new FakeAudio();
    const stop = early.connect(element);
    expect(early.actions).toBe(actions);
    expect(element.src).toBe(track.src);
    expect(element.play).toHaveBeenCalledTimes(1);
    expect(element.playbackRate).toBe(1.5);
    expect(early.getState()).toMatchObject({ status: 'loading', playerVisible: true, rate: 1.5 });
    element.emit('playing', { readyState: 4 });
    expect(early.getState().status).toBe('playing');
    stop();
  });
});
