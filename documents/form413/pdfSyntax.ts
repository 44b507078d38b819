import type { RGB } from 'pdf-lib';

/** A number as content-stream syntax: three decimals at most, never the exponent form PDF does not read. */
export const num = (value: number): string => String(Math.round(value * 1000) / 1000);

export const rgbFill = (colour: RGB): string => `${num(colour.red)} ${num(colour.green)} ${num(colour.blue)} rg`;
export const rgbStroke = (colour: RGB): string => `${num(colour.red)} ${num(colour.green)} ${num(colour.blue)} RG`;

/** A stream object's body; the content is ASCII (text is shown as hex glyph codes), so its length is its bytes. */
export const streamBody = (dict: string, content: string): string =>
  `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;

export const refText = (number: number): string => `${number} 0 R`;
