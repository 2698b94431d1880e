import { reportService } from '@frontrunner/services';

/**
 * The title Chromium writes into a PDF's Info dictionary (the page's `<title>`): a literal string
 * when it is ASCII, else UTF-16BE in hex; undefined when there is none.
 */
export function pdfTitle(pdf: Buffer): string | undefined {
  const text = pdf.toString('latin1');
  const hex = /\/Title <FEFF([0-9A-F]*)>/.exec(text)?.[1];
  if (hex !== undefined) return Buffer.from(hex, 'hex').swap16().toString('utf16le');
  return /\/Title \(([^)]*)\)/.exec(text)?.[1];
}

/** Pages of a PDF printed by Chromium. */
export const pdfPages = (pdf: Buffer): number => reportService.countPdfPages(pdf);
