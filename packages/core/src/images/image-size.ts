import { readFileSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';

/** The intrinsic size of an image, in CSS pixels. */
export interface ImageDimensions {
  width: number;
  height: number;
}

/** Sizes read in this process (a worker renders many posts that share images), by path, size and mtime. */
const known = new Map<string, { stamp: string; dimensions: ImageDimensions | undefined }>();

/**
 * Reads the width and height of an image file (PNG, JPEG, GIF, WebP, AVIF, SVG and the other formats
 * of the `image-size` package), or `undefined` when the file is missing or its size cannot be read
 * (an SVG with neither width/height nor viewBox). EXIF orientation is applied, so a portrait photo
 * stored sideways reports its displayed size.
 *
 * @example
 * ```ts
 * readImageDimensions('public/covers/welcome.svg'); // { width: 1200, height: 630 }
 * ```
 */
export function readImageDimensions(file: string): ImageDimensions | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats?.isFile()) return undefined;
  const stamp = `${stats.size}:${stats.mtimeMs}`;
  const remembered = known.get(file);
  if (remembered?.stamp === stamp) return remembered.dimensions;
  let dimensions: ImageDimensions | undefined;
  try {
    const { width, height, orientation } = imageSize(readFileSync(file));
    // EXIF orientations 5–8 rotate the picture by 90°.
    const turned = orientation !== undefined && orientation >= 5;
    if (width > 0 && height > 0) dimensions = turned ? { width: height, height: width } : { width, height };
  } catch {
    // Not an image image-size understands: the page then simply lacks the size.
  }
  known.set(file, { stamp, dimensions });
  return dimensions;
}
