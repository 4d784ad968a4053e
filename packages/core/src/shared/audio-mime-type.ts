/** IANA media types of the audio formats a narrated post is likely to ship. */
const AUDIO_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  mpga: 'audio/mpeg',
  m4a: 'audio/mp4',
  m4b: 'audio/mp4',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  weba: 'audio/webm',
  webm: 'audio/webm',
  flac: 'audio/flac',
};

/**
 * The MIME type of a post's narration: `audio.mimeType` when given, else guessed from the file
 * extension (`.mp3` → `audio/mpeg`, not the invalid `audio/mp3`). Fails with what to do when it
 * cannot tell, because feeds require a type on every enclosure.
 */
export function audioMimeType(audio: { src: string; mimeType?: string }, where: string): string {
  if (audio.mimeType?.trim()) return audio.mimeType.trim();
  const extension = /\.([a-z\d]+)$/i.exec(new URL(audio.src, 'https://x.invalid/').pathname)?.[1];
  const type = extension ? AUDIO_TYPES[extension.toLowerCase()] : undefined;
  if (!type) {
    throw new TypeError(
      `${where}: cannot tell the MIME type of audio.src ${JSON.stringify(audio.src)}. ` +
        'Add audio.mimeType to the frontmatter (e.g. "audio/mpeg").',
    );
  }
  return type;
}
