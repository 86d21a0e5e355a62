import { type GreyImage, INK } from './grey-image.js';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The largest 8-connected blob of ink inside `region` (pixels), with its box. */
export function largestBlob(image: GreyImage, region: Box): (Box & { area: number }) | null {
  const x0 = Math.max(0, Math.floor(region.x0));
  const y0 = Math.max(0, Math.floor(region.y0));
  const x1 = Math.min(image.width, Math.ceil(region.x1));
  const y1 = Math.min(image.height, Math.ceil(region.y1));
  const width = x1 - x0;
  const height = y1 - y0;
  if (width <= 0 || height <= 0) return null;
  const seen = new Uint8Array(width * height);
  let best: (Box & { area: number }) | null = null;
  const stack: number[] = [];
  for (let start = 0; start < seen.length; start++) {
    if (seen[start] || (image.pixels[(y0 + Math.floor(start / width)) * image.width + x0 + (start % width)] as number) >= INK) continue;
    const blob = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, area: 0 };
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const at = stack.pop() as number;
      const x = at % width;
      const y = Math.floor(at / width);
      blob.area++;
      blob.x0 = Math.min(blob.x0, x0 + x);
      blob.x1 = Math.max(blob.x1, x0 + x + 1);
      blob.y0 = Math.min(blob.y0, y0 + y);
      blob.y1 = Math.max(blob.y1, y0 + y + 1);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const next = ny * width + nx;
          if (seen[next] || (image.pixels[(y0 + ny) * image.width + x0 + nx] as number) >= INK) continue;
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    if (best === null || blob.area > best.area) best = blob;
  }
  return best;
}

/**
 * A list bullet drawn left of a line's text, whatever the engine read it as or whether it read
 * it at all: the largest ink blob in the band left of the text, no taller than a small letter,
 * no wider than a letter, and more than a speck. `tall` is the height of a capital in pixels.
 */
export function bulletLeftOf(image: GreyImage, textX: number, baseline: number, tall: number): Box | null {
  const region = { x0: textX - 3 * tall, x1: textX - 0.2 * tall, y0: baseline - 1.05 * tall, y1: baseline + 0.15 * tall };
  const blob = largestBlob(image, region);
  if (blob === null) return null;
  const width = blob.x1 - blob.x0;
  const height = blob.y1 - blob.y0;
  const touchesEdge = blob.x0 <= Math.max(0, region.x0) + 1 || blob.y0 <= region.y0 + 1 || blob.y1 >= region.y1 - 1;
  if (touchesEdge) return null;
  const speck = Math.max(width, height) < 0.15 * tall;
  return !speck && width <= 1.0 * tall && height <= 0.8 * tall ? blob : null;
}
