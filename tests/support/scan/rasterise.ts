import { createCanvas, ImageData } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { openPdf } from '../../../src/extract/open.js';
import type { GreyImage } from '../../../src/ocr/grey-image.js';
import { renderPage, standardFontFolder } from '../../../src/ocr/render-page.js';
import { mulberry32 } from '../hostile/prng.js';

/** How a page is "scanned": what office scanners and archive scans do to a printed page. */
export interface ScanVariant {
  name: string;
  dpi: number;
  /** JPEG quality 0–1; PNG (lossless) when absent. */
  jpegQuality?: number;
  /** Dark specks per million pixels: dust and toner. */
  speckles?: number;
  /** Degrees the sheet lay askew on the glass (positive: anticlockwise). */
  skewDegrees?: number;
  /** Pages (1-based) fed upside down. */
  upsideDown?: number[];
  /** Pages (1-based) fed sideways (a quarter turn clockwise). */
  sideways?: number[];
  /** The paper's grey instead of white, 0–255. */
  paper?: number;
}

/** Draws the grey image on a canvas turned by `degrees` about its centre, paper colour behind. */
function transformed(image: GreyImage, degrees: number, paper: number) {
  const quarter = Math.abs(degrees) === 90;
  const width = quarter ? image.height : image.width;
  const height = quarter ? image.width : image.height;
  const source = createCanvas(image.width, image.height);
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.pixels.length; i++) {
    // Paper shows where the page was white: a grey scan of a white sheet.
    const value = Math.min(image.pixels[i] as number, paper);
    rgba.fill(value, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = 255;
  }
  source.getContext('2d').putImageData(new ImageData(rgba, image.width, image.height), 0, 0);
  const target = createCanvas(width, height);
  const context = target.getContext('2d');
  context.fillStyle = `rgb(${paper},${paper},${paper})`;
  context.fillRect(0, 0, width, height);
  context.translate(width / 2, height / 2);
  context.rotate((-degrees * Math.PI) / 180);
  context.drawImage(source, -image.width / 2, -image.height / 2);
  return { canvas: target, context, width, height };
}

/**
 * Prints a PDF and scans it back: each page drawn by pdf.js at the variant's resolution, in grey,
 * askew, specked, turned as fed, compressed, and wrapped as a PDF of page-sized images without
 * a text layer. Seeded: the same variant always gives the same bytes.
 */
export async function scanPdf(bytes: Uint8Array, variant: ScanVariant, seed = 1): Promise<Uint8Array> {
  const random = mulberry32(seed);
  // Printed as a printer prints it: a font the PDF names but does not embed in its real face.
  const source = await openPdf(bytes, { standardFontDataUrl: standardFontFolder() });
  const out = await PDFDocument.create({ updateMetadata: false });
  out.setProducer('hr21-parse test scanner');
  try {
    for (let number = 1; number <= source.numPages; number++) {
      const page = await source.getPage(number);
      const rendered = await renderPage(page, variant.dpi);
      page.cleanup();
      const turn = variant.upsideDown?.includes(number) ? 180 : variant.sideways?.includes(number) ? -90 : 0;
      const { canvas, context, width, height } = transformed(rendered.image, turn + (variant.skewDegrees ?? 0), variant.paper ?? 255);
      const specks = Math.round(((variant.speckles ?? 0) * width * height) / 1e6);
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.fillStyle = 'rgb(40,40,40)';
      for (let i = 0; i < specks; i++) context.fillRect(random.int(width), random.int(height), 1 + random.int(3), 1 + random.int(3));
      const [pageWidth, pageHeight] = turn === -90 ? [rendered.height, rendered.width] : [rendered.width, rendered.height];
      const image = variant.jpegQuality === undefined ? await out.embedPng(await canvas.encode('png')) : await out.embedJpg(await canvas.encode('jpeg', Math.round(variant.jpegQuality * 100)));
      out.addPage([pageWidth, pageHeight]).drawImage(image, { x: 0, y: 0, width: pageWidth, height: pageHeight });
    }
  } finally {
    await source.destroy();
  }
  return out.save();
}
