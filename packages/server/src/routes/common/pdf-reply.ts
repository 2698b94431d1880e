import { reportService } from '@frontrunner/services';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { errorBody } from '../../http-error';
import { errorSchema } from './common.schema';

/** Options of {@link sendPdf}. */
export interface SendPdfOptions {
  /** File name offered to the browser, e.g. `certificate.pdf`. */
  readonly filename: string;
  /** Text at the left of the footer. */
  readonly footerText?: string;
  /** The footer's page number in the page's language, e.g. `Page {page} of {total}`. */
  readonly pageLabel?: string;
  /** Chromium to print with. Default Debian's. */
  readonly chromiumPath?: string;
}

/** The answer of a PDF route on a server without Chromium. */
export const pdfUnavailableError = {
  501: errorSchema.describe('This server has no Chromium to print PDFs with (PDF_UNAVAILABLE)'),
};

/**
 * Prints a page to PDF and sends it as a download; answers 501 PDF_UNAVAILABLE when the server
 * has no Chromium (the web pages and the data stay available).
 */
export async function sendPdf(
  request: FastifyRequest,
  reply: FastifyReply,
  page: string,
  {
    filename,
    footerText,
    pageLabel,
    chromiumPath = reportService.DEFAULT_CHROMIUM_PATH,
  }: SendPdfOptions,
) {
  if (!existsSync(chromiumPath))
    return reply
      .status(501)
      .send(
        errorBody('PDF_UNAVAILABLE', 'This server has no Chromium to print PDFs with', request.id),
      );
  const pdf = await reportService.renderPdf(page, {
    chromiumPath,
    ...(footerText ? { footerText } : {}),
    ...(pageLabel ? { pageLabel } : {}),
  });
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(Buffer.from(pdf));
}
