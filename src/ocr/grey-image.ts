/** Grey below this is ink, at or above it paper: one threshold for every rule that looks at the ink. */
export const INK = 128;

/** An 8-bit grey image, one byte a pixel, rows top to bottom: what the OCR engine reads. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** RGBA (a canvas's pixels) to grey with the usual luma weights, in integers. */
export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < pixels.length; i++, j += 4) {
    pixels[i] = ((rgba[j] as number) * 77 + (rgba[j + 1] as number) * 150 + (rgba[j + 2] as number) * 29) >> 8;
  }
  return { width, height, pixels };
}

/**
 * A grey image that lives inside its binary PGM file, header first: the reading rules look at
 * `image`, the engine is handed `file`, and both are one buffer. Leptonica, inside the engine,
 * reads PGM without decoding (a PNG of a 300-dpi page costs a third of a second to encode), and
 * every copy of a page (9 MB at 300 dpi) adds to the memory a reading thread peaks at.
 */
export interface PgmImage {
  image: GreyImage;
  file: Uint8Array;
}

/** A black (all zero) image of this size inside its own PGM file; the caller fills its pixels. */
export function blankPgm(width: number, height: number): PgmImage {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const file = new Uint8Array(header.length + width * height);
  file.set(header, 0);
  return { image: { width, height, pixels: file.subarray(header.length) }, file };
}

/** The image turned clockwise by a quarter turn `quarters` times. */
export function rotateQuarters(image: GreyImage, quarters: number): GreyImage {
  const turns = ((quarters % 4) + 4) % 4;
  if (turns === 0) return image;
  const { width, height, pixels } = image;
  if (turns === 2) return { width, height, pixels: pixels.slice().reverse() };
  const out = new Uint8Array(pixels.length);
  // Clockwise: source (x, y) lands at (height - 1 - y, x); anticlockwise at (y, width - 1 - x).
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const target = turns === 1 ? x * height + (height - 1 - y) : (width - 1 - x) * height + y;
      out[target] = pixels[row + x] as number;
    }
  }
  return { width: height, height: width, pixels: out };
}
