import { rgb } from 'pdf-lib';

/** Geometry and colours of the reproduced form (A4, points); positions are measured from the top of the page. */
export const pageSize = { width: 595.28, height: 841.89 } as const;
export const margin = 36;
export const contentWidth = pageSize.width - 2 * margin;
/** Width of the grey label column of the 3.x and 4.2 tables. */
export const labelWidth = 190;
export const valueX = margin + labelWidth;
export const valueWidth = contentWidth - labelWidth;

/** Identifier boxes, one character each, as on the official form. */
export const charBox = { width: 15.5, height: 18 } as const;
export const checkSize = 10;

export const fieldFontSize = 9.5;
export const precisionsFontSize = 8.5;
export const minFontSize = 5;

export const colours = {
  ink: rgb(0, 0, 0),
  ans: rgb(0.0, 0.22, 0.45),
  band: rgb(0.85, 0.89, 0.95),
  label: rgb(0.94, 0.95, 0.97),
  rule: rgb(0.42, 0.45, 0.5),
  hint: rgb(0.33, 0.33, 0.36),
  white: rgb(1, 1, 1),
} as const;

export interface Box {
  x: number;
  top: number;
  width: number;
  height: number;
}

/** pdf-lib places rectangles by their lower-left corner. */
export const toPdf = (box: Box) => ({
  x: box.x,
  y: pageSize.height - box.top - box.height,
  width: box.width,
  height: box.height,
});
