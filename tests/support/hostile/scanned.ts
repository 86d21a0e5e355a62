import { PDFDocument } from 'pdf-lib';
import { encodePng, type RgbImage } from './png.js';
import { mulberry32 } from './prng.js';

const A4 = { width: 595.28, height: 841.89 } as const;
const LINE_PITCH = 9;

/**
 * What a scanned text page looks like at low resolution: off-white paper with grey noise and
 * dark bars where the lines of text were. Seeded, so each page differs but every run is the same.
 */
function scannedPageImage(seed: number): RgbImage {
  const width = 210;
  const height = 297;
  const random = mulberry32(seed);
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const line = Math.floor(y / LINE_PITCH);
    const onTextLine = y >= 30 && y < 260 && y % LINE_PITCH < 4;
    // Ragged right margin: each line ends somewhere else, as prose does.
    const lineEnd = 180 - ((line * 37 + seed * 11) % 60);
    for (let x = 0; x < width; x++) {
      const ink = onTextLine && x >= 20 && x < lineEnd;
      const shade = (ink ? 40 : 235) + random.int(20);
      pixels.fill(shade, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  }
  return { width, height, pixels };
}

/**
 * A scan: each page shows one full-page image and has no text operators at all, so there is no
 * text layer to extract (no OCR was run).
 */
export async function scanned(pageCount = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < pageCount; index++) {
    const image = await pdf.embedPng(encodePng(scannedPageImage(index + 1)));
    const page = pdf.addPage([A4.width, A4.height]);
    page.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  }
  return pdf.save();
}
