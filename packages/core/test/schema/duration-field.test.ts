import { describe, expect, test } from 'vitest';
import { loadPosts, PostValidationError, postSchema } from '../../src/index.js';
import { parseDuration } from '../../src/schema/parse-duration.js';
import { postsFolder, thrown } from '../load/helpers.js';

const FORMS = '"04:55" (mm:ss), "1:02:03" (h:mm:ss) or seconds like 295';

describe('audio.duration', () => {
  test.each([
    ['04:55', 295],
    ['4:55', 295],
    ['0:07', 7],
    ['75:00', 4500],
    ['1:02:03', 3723],
    ['01:02:03', 3723],
    ['10:00:00', 36000],
    ['295', 295],
    [' 295.5 ', 295.5],
    ['4:55.25', 295.25],
    [295, 295],
    [0.5, 0.5],
  ])('%j is %d seconds', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
    expect(
      postSchema.parse({ title: 'A', date: '2025-01-01', audio: { src: '/a.m4a', duration: input } }).audio,
    ).toEqual({ src: '/a.m4a', duration: seconds });
  });

  test.each([
    '4:75',
    '1:60:00',
    '-1',
    '0',
    '0:00',
    '',
    '4:5',
    '1:2:3',
    'long',
    '4m55s',
    '1:02:03:04',
    '١:٢٣',
  ])('%j is rejected', (input) => {
    expect(parseDuration(input)).toBeUndefined();
  });

  test.each([-1, 0, Number.NaN, Number.POSITIVE_INFINITY])('the number %d is rejected', (input) => {
    expect(parseDuration(input)).toBeUndefined();
  });

  test('a bad clock is an issue at its line and column that lists the accepted forms', async () => {
    const dir = await postsFolder({
      'clock.md':
        '---\ntitle: A\ndate: 2025-01-01\naudio:\n  src: /audio/a.m4a\n  duration: "4:75"\n---\n\nBody.\n',
      'negative.md':
        '---\ntitle: B\ndate: 2025-01-01\naudio: { src: /audio/b.m4a, duration: "-1" }\n---\n\nBody.\n',
      'good.md':
        '---\ntitle: C\ndate: 2025-01-01\naudio: { src: /audio/x.m4a, title: AI narration, duration: "04:55", mimeType: audio/mp4 }\n---\n\nBody.\n',
    });
    const error = await thrown(() => loadPosts({ dir, cache: false }));
    expect(error).toBeInstanceOf(PostValidationError);
    expect((error as Error).message.split('\n')).toEqual([
      `clock.md:6:13  audio.duration  "4:75" is not a duration; use ${FORMS}`,
      `negative.md:4:39  audio.duration  "-1" is not a duration; use ${FORMS}`,
    ]);
    const [good] = await loadPosts({ dir, cache: false, onInvalid: 'skip', onWarning: () => {} });
    expect(good?.audio).toEqual({
      src: '/audio/x.m4a',
      title: 'AI narration',
      duration: 295,
      mimeType: 'audio/mp4',
    });
  });
});
