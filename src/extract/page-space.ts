export type Matrix = [number, number, number, number, number, number];

/** `outer` after `inner`: the transform that applies `inner` first, as PDF's `cm` composes. */
export function multiply(outer: Matrix, inner: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = inner;
  return [
    a * outer[0] + b * outer[2],
    a * outer[1] + b * outer[3],
    c * outer[0] + d * outer[2],
    c * outer[1] + d * outer[3],
    e * outer[0] + f * outer[2] + outer[4],
    e * outer[1] + f * outer[3] + outer[5],
  ];
}

export interface PageSpace {
  /** From PDF user space to the page as shown: origin bottom-left, y up, after /Rotate. */
  matrix: Matrix;
  width: number;
  height: number;
}

/**
 * The page as a reader sees it. A landscape page is often a portrait page with /Rotate 90 and
 * its content turned the other way: in user space its text runs upwards, on screen it reads
 * normally. Coordinates taken here are the screen's, so such a page lays out like any other.
 */
export function pageSpace(view: readonly number[], rotate: number): PageSpace {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const width = x1 - x0;
  const height = y1 - y0;
  switch (((rotate % 360) + 360) % 360) {
    case 90:
      return { matrix: [0, -1, 1, 0, -y0, width + x0], width: height, height: width };
    case 180:
      return { matrix: [-1, 0, 0, -1, width + x0, height + y0], width, height };
    case 270:
      return { matrix: [0, 1, -1, 0, height + y0, -x0], width: height, height: width };
    default:
      return { matrix: [1, 0, 0, 1, -x0, -y0], width, height };
  }
}
