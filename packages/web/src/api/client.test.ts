import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { apiGet, apiSend, apiUrl } from './client.ts';

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

describe('apiSend', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends JSON with the CSRF token of the session cookie', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { cookie: 'a=1; fr_csrf=tok3n' });
    await expect(apiSend('PATCH', '/account', { json: { name: 'Dara' } })).resolves.toEqual({
      ok: true,
    });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/account',
      expect.objectContaining({
        method: 'PATCH',
        body: '{"name":"Dara"}',
        headers: expect.objectContaining({
          'content-type': 'application/json',
          'x-csrf-token': 'tok3n',
        }),
      }),
    );
  });

  it('sends a file as the raw body with its media type', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, {}));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { cookie: '' });
    const body = new Blob(['series,year,value\n']);
    await apiSend('POST', '/cities/x/imports', { raw: { body, contentType: 'text/csv' } });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.body).toBe(body);
    expect(init.headers).toEqual({ accept: 'application/json', 'content-type': 'text/csv' });
  });

  it('answers undefined for a 204', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    vi.stubGlobal('document', { cookie: 'fr_csrf=t' });
    await expect(apiSend('DELETE', '/session')).resolves.toBeUndefined();
  });

  it('carries the field details of a validation error', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'bad',
          details: [{ field: 'currentPassword', message: 'is not right' }],
          requestId: 'r',
        },
      }),
    );
    vi.stubGlobal('document', { cookie: '' });
    await expect(apiSend('PATCH', '/account', { json: {} })).rejects.toMatchObject({
      details: [{ field: 'currentPassword', message: 'is not right' }],
    });
  });
});
