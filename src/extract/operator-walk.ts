import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { type Matrix, multiply } from './page-space.js';
import { loadPdfJs } from './pdfjs.js';

/**
 * Walks a page's operator list with the transform each operator is drawn with, as the page
 * applies it: `q`/`Q` save and restore it, `cm` and a form XObject's matrix compose onto it.
 * `start` maps user space to the space the caller measures in; an unbalanced restore falls
 * back to it.
 */
export async function walkOperators(page: PDFPageProxy, start: Matrix, visit: (operator: number, args: unknown[] | null, matrix: Matrix) => void): Promise<void> {
  const { OPS } = await loadPdfJs();
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: Matrix[] = [];
  let matrix = start;
  fnArray.forEach((operator, index) => {
    const args = argsArray[index] as unknown[] | null;
    if (operator === OPS.save) stack.push(matrix);
    else if (operator === OPS.restore) matrix = stack.pop() ?? start;
    else if (operator === OPS.transform) matrix = multiply(matrix, args as number[]);
    else if (operator === OPS.paintFormXObjectBegin) {
      stack.push(matrix);
      const form = args?.[0] as ArrayLike<number> | null | undefined;
      if (form) matrix = multiply(matrix, Array.from(form));
    } else if (operator === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? start;
    visit(operator, args, matrix);
  });
}
