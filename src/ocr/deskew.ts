import { type GreyImage, INK } from './grey-image.js';

const PAPER = 255;
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

/**
 * Turns the page clockwise by `degrees` about its centre, on white, sampling the source between
 * its pixels (bilinear). Written here rather than drawn on a canvas: the canvas route held four
 * page-sized RGBA buffers in native memory (about 250 MB at 300 dpi on every OCR thread), this
 * one holds the grey result only.
 */
export function rotateBy(image: GreyImage, degrees: number): GreyImage {
  const { width, height, pixels } = image;
  const out = new Uint8Array(width * height).fill(PAPER);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = width / 2;
  const cy = height / 2;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= width || y >= height ? PAPER : (pixels[y * width + x] as number));
  for (let y = 0; y < height; y++) {
    const ty = y + 0.5 - cy;
    for (let x = 0; x < width; x++) {
      const tx = x + 0.5 - cx;
      // The source point this target pixel shows: the target turned back by the angle.
      const sx = cos * tx + sin * ty + cx - 0.5;
      const sy = -sin * tx + cos * ty + cy - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, pixels: out };
}

/** A page scanned a degree or two askew, straightened; a level page as it is. */
export function deskew(image: GreyImage): GreyImage {
  const skew = estimateSkew(image);
  return Math.abs(skew) < MIN_CORRECTION ? image : rotateBy(image, skew);
}
