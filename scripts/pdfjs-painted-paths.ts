/**
 * A change to pdf.js's text extraction, for the bundles that read PDFs: getTextContent also
 * reports the bounding boxes of the paths a page paints (src/extract/painted-paths.ts), so that
 * bullets drawn as shapes cost no second pass over the page. That pass, an operator list, costs
 * about as much as the text again and runs a part of pdf.js that every thread must warm up anew:
 * on the lines-and-words bench group it was a tenth of the time.
 *
 * The boxes are those pdf.js's operator list gives: the same helper functions (Util's bounding
 * boxes, curves included), the same current point, a box per painted path and none for a path
 * ended without paint (a clip). Paths in form XObjects are reported by the form's own pass, with
 * the transform the form is drawn with. Annotations are not content: their appearance streams,
 * which the operator list would include, are not read.
 *
 * Each piece is matched as pdf.js writes it; a pdf.js that writes one otherwise fails the build
 * here, so an upgrade cannot drop the change unnoticed.
 */
import { PAINTED_PATHS } from '../src/extract/painted-paths.js';

interface Insertion {
  /** Where: text that must occur exactly once in pdf.js's worker source. */
  anchor: string;
  /** What goes before or after it. */
  code: string;
  place: 'before' | 'after';
}

const INSERTIONS: readonly Insertion[] = [
  {
    anchor: '    stateManager ||= new StateManager(new TextState());\n',
    place: 'before',
    // A form's pass is given its state; the page's is not, and always reports, so that a reader
    // can tell this build from pdf.js as installed.
    code: '    const hr21PageLevel = stateManager === null;\n',
  },
  {
    anchor: '    const textContent = {\n      items: [],\n      styles: Object.create(null),\n      lang\n    };\n',
    place: 'after',
    code: [
      '    const hr21Paths = [];',
      '    const hr21PathBox = new Float32Array([Infinity, Infinity, -Infinity, -Infinity]);',
      '    let hr21PathX = 0;',
      '    let hr21PathY = 0;',
      '',
    ].join('\n'),
  },
  {
    anchor: '          case OPS.setTextRise:\n            textState.textRise = args[0];\n            break;\n',
    place: 'before',
    code: [
      '          case OPS.rectangle:',
      '            hr21PathX = args[0];',
      '            hr21PathY = args[1];',
      '            Util.rectBoundingBox(args[0], args[1], args[0] + args[2], args[1] + args[3], hr21PathBox);',
      '            break;',
      '          case OPS.moveTo:',
      '          case OPS.lineTo:',
      '            hr21PathX = args[0];',
      '            hr21PathY = args[1];',
      '            Util.pointBoundingBox(hr21PathX, hr21PathY, hr21PathBox);',
      '            break;',
      '          case OPS.curveTo:',
      '            Util.bezierBoundingBox(hr21PathX, hr21PathY, args[0], args[1], args[2], args[3], args[4], args[5], hr21PathBox);',
      '            hr21PathX = args[4];',
      '            hr21PathY = args[5];',
      '            break;',
      '          case OPS.curveTo2:',
      '            Util.bezierBoundingBox(hr21PathX, hr21PathY, hr21PathX, hr21PathY, args[0], args[1], args[2], args[3], hr21PathBox);',
      '            hr21PathX = args[2];',
      '            hr21PathY = args[3];',
      '            break;',
      '          case OPS.curveTo3:',
      '            Util.bezierBoundingBox(hr21PathX, hr21PathY, args[0], args[1], args[2], args[3], args[2], args[3], hr21PathBox);',
      '            hr21PathX = args[2];',
      '            hr21PathY = args[3];',
      '            break;',
      '          case OPS.stroke:',
      '          case OPS.closeStroke:',
      '          case OPS.fill:',
      '          case OPS.eoFill:',
      '          case OPS.fillStroke:',
      '          case OPS.eoFillStroke:',
      '          case OPS.closeFillStroke:',
      '          case OPS.closeEOFillStroke:',
      '            if (hr21PathBox[0] <= hr21PathBox[2] && hr21PathBox[1] <= hr21PathBox[3]) {',
      '              hr21Paths.push(hr21PathBox[0], hr21PathBox[1], hr21PathBox[2], hr21PathBox[3], ...stateManager.state.ctm);',
      '            }',
      '          // falls through: a painted path ends like one ended without paint',
      '          case OPS.endPath:',
      '            hr21PathBox.set([Infinity, Infinity, -Infinity, -Infinity], 0);',
      '            break;',
      '',
    ].join('\n'),
  },
  {
    anchor: '      flushTextContentItem();\n      enqueueChunk();\n      resolve();\n    }).catch(',
    place: 'before',
    code: `      if (hr21PageLevel || hr21Paths.length > 0) {\n        textContent.items.push({ type: ${JSON.stringify(PAINTED_PATHS)}, paths: hr21Paths });\n      }\n`,
  },
];

/** pdf.js's worker source whose text extraction reports painted paths; throws when an anchor is not found exactly once. */
export function reportPaintedPaths(source: string, file: string): string {
  let changed = source;
  for (const { anchor, code, place } of INSERTIONS) {
    const found = changed.split(anchor).length - 1;
    if (found !== 1) {
      throw new Error(`${file}: expected getTextContent's ${JSON.stringify(anchor.trim().split('\n')[0])} as pdf.js 5 writes it once, found ${found}: review scripts/pdfjs-painted-paths.ts for this pdf.js`);
    }
    changed = changed.replace(anchor, () => (place === 'before' ? code + anchor : anchor + code));
  }
  return changed;
}
