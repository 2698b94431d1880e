import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaProblem, type SchemaIssue } from './schema-problems';

/** The issues of a Zod schema as fastify-type-provider-zod 7 hands them to the error handler. */
function issuesOf(schema: z.ZodType, value: unknown): SchemaIssue[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return result.error.issues.map((issue) => {
    const { path, code, message, ...params } = issue;
    return { keyword: code, instancePath: `/${path.join('/')}`, message, params };
  });
}

const form = z.object({
  title: z.string().min(1).max(10),
  summary: z.string().min(20).optional(),
  email: z.email().optional(),
  website: z.url().optional(),
  count: z.number().int().min(1).max(5).optional(),
  tags: z.array(z.string()).min(1).max(2).optional(),
  kind: z.enum(['mentoring', 'exchange']).optional(),
});

const problem = (value: unknown) =>
  issuesOf(form, value).map((issue) => schemaProblem('body', issue));

describe('schema problems', () => {
  it('calls a missing or blank field required', () => {
    expect(problem({})).toMatchObject([{ field: 'body.title', code: 'required' }]);
    expect(problem({ title: '' })).toMatchObject([{ field: 'body.title', code: 'required' }]);
  });

  it('gives text, numbers and lists their own size problems with the bound', () => {
    const [long] = problem({ title: 'x'.repeat(11) });
    expect(long).toMatchObject({ code: 'too_long', params: { maximum: 10 } });
    expect(problem({ title: 'ok', summary: 'short' })[0]).toMatchObject({
      field: 'body.summary',
      code: 'too_short',
      params: { minimum: 20 },
    });
    expect(problem({ title: 'ok', count: 0 })[0]).toMatchObject({
      code: 'too_small',
      params: { minimum: 1 },
    });
    expect(problem({ title: 'ok', count: 9 })[0]).toMatchObject({
      code: 'too_big',
      params: { maximum: 5 },
    });
    expect(problem({ title: 'ok', tags: [] })[0]).toMatchObject({
      code: 'too_few',
      params: { minimum: 1 },
    });
    expect(problem({ title: 'ok', tags: ['a', 'b', 'c'] })[0]).toMatchObject({
      code: 'too_many',
      params: { maximum: 2 },
    });
  });

  it('names the format of a bad email or web address, and a value off the list', () => {
    expect(problem({ title: 'ok', email: 'nobody' })[0]).toMatchObject({
      field: 'body.email',
      code: 'invalid_format',
      params: { format: 'email' },
    });
    expect(problem({ title: 'ok', website: 'not a url' })[0]).toMatchObject({
      code: 'invalid_format',
    });
    expect(problem({ title: 'ok', kind: 'party' })[0]).toMatchObject({ code: 'invalid_choice' });
  });

  it('keeps the English message and a nested path, and adds no code it cannot name', () => {
    const nested = z.object({ rows: z.array(z.object({ n: z.number() })) });
    const [wrongType] = issuesOf(nested, { rows: [{ n: 'seven' }] }).map((i) =>
      schemaProblem('body', i),
    );
    expect(wrongType).toMatchObject({
      field: 'body.rows.0.n',
      code: 'invalid_type',
      params: { expected: 'number' },
    });
    expect(wrongType?.message).toMatch(/expected number/);
    const custom = schemaProblem('body', {
      keyword: 'custom',
      instancePath: '/x',
      message: 'must differ from the mentor city',
    });
    expect(custom).toEqual({ field: 'body.x', message: 'must differ from the mentor city' });
  });
});
