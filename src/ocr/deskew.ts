import { createRequire } from 'node:module';
import type { GreyImage } from './grey-image.js';

const require = createRequire(import.meta.url);

const INK = 128;
/** A scan lies at most this far askew on the glass (degrees); more is a sideways or upside-down page. */
const MAX_SKEW = 3;
const STEP = 0.25;
/** Straightening costs a redraw; below this angle the engine copes as it is. */
const MIN_CORRECTION = 0.3;
/** The ink sampled for the estimate: every n-th pixel each way is plenty to see lines of text. */
const SAMPLE = 4;

/**
 * How far the page's text lines are turned from level, in degrees (positive: anticlockwise):
 * the angle at which the ink, summed along rows, is most sharply split into lines and gaps.
 */
export function estimateSkew(image: GreyImage): number {
  const points: [number, number][] = [];
  for (let y = 0; y < image.height; y += SAMPLE) {
    for (let x = 0; x < image.width; x += SAMPLE) if ((image.pixels[y * image.width + x] as number) < INK) points.push([x, y]);
  }
  if (points.length === 0) return 0;
  let best = { angle: 0, score: -1 };
  for (let angle = -MAX_SKEW; angle <= MAX_SKEW + 1e-9; angle += STEP) {
    const tan = Math.tan((angle * Math.PI) / 180);
    const rows = new Map<number, number>();
    for (const [x, y] of points) {
      // A line that rises to the right (anticlockwise skew) is level again after subtracting its slope.
      const row = Math.round((y + x * tan) / SAMPLE);
      rows.set(row, (rows.get(row) ?? 0) + 1);
    }
    let score = 0;
    for (const count of rows.values()) score += count * count;
    if (score > best.score) best = { angle, score };
  }
  return best.angle;
}

/** Turns the page clockwise by `degrees` about its centre, on white. */
export function rotateBy(image: GreyImage, degrees: number): GreyImage {
  const { createCanvas, ImageData } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const { width, height, pixels } = image;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i++, j += 4) {
    rgba[j] = rgba[j + 1] = rgba[j + 2] = pixels[i] as number;
    rgba[j + 3] = 255;
  }
  const source = createCanvas(width, height);
  source.getContext('2d').putImageData(new ImageData(rgba, width, height), 0, 0);
  const target = createCanvas(width, height);
  const context = target.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.translate(width / 2, height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.drawImage(source, -width / 2, -height / 2);
  const { data } = context.getImageData(0, 0, width, height);
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) out[i] = data[j] as number;
  return { width, height, pixels: out };
}

/** A page scanned a degree or two askew, straightened; a level page as it is. */
export function deskew(image: GreyImage): GreyImage {
  const skew = estimateSkew(image);
  return Math.abs(skew) < MIN_CORRECTION ? image : rotateBy(image, skew);
}
