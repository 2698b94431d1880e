import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { apiGet, apiUrl } from './client.ts';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('apiUrl', () => {
  it('prefixes the API base and leaves out empty parameters', () => {
    expect(apiUrl('/cities', { q: 'hue', country: undefined, stage: '', limit: 20, x: null })).toBe(
      '/api/v1/cities?q=hue&limit=20',
    );
    expect(apiUrl('/goals')).toBe('/api/v1/goals');
  });

  it('encodes query values', () => {
    expect(apiUrl('/cities', { q: 'Hồ Chí Minh & co' })).toBe(
      '/api/v1/cities?q=H%E1%BB%93+Ch%C3%AD+Minh+%26+co',
    );
  });
});

describe('apiGet', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns the JSON body of a successful answer', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { items: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiGet('/goals', { query: { lang: 'km' } })).resolves.toEqual({ items: [] });
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/goals?lang=km', expect.anything());
  });

  it('throws the server error as an ApiError', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'No city', requestId: 'r' } }),
    );
    const failure = apiGet('/cities/nope');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('throws NETWORK_ERROR when no answer arrives', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiGet('/goals')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('lets a cancelled request stay a cancellation', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal('fetch', async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(apiGet('/goals', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
