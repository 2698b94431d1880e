import { resolveLanguage, type Language } from '@frontrunner/domain';
import type { FastifyRequest } from 'fastify';

/** The language a request asks for: `?lang=` first, then Accept-Language, then English. */
export function requestLanguage(request: FastifyRequest, lang: string | undefined): Language {
  return resolveLanguage(lang, request.headers['accept-language']);
}
