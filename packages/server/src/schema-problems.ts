import type { FieldProblem, ProblemCode } from '@frontrunner/domain';

/** One issue of a request's schema validation, as fastify-type-provider-zod hands it over. */
export interface SchemaIssue {
  /** Zod's issue code: too_small, invalid_type, … */
  readonly keyword: string;
  /** `/title`, `/assignments/1/city`. */
  readonly instancePath: string;
  readonly message?: string | undefined;
  /** The rest of Zod's issue: minimum, maximum, origin, format, values, expected. */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

const SIZE_CODES: Readonly<Record<string, readonly [ProblemCode, ProblemCode]>> = {
  // origin → [below the minimum, above the maximum]
  string: ['too_short', 'too_long'],
  number: ['too_small', 'too_big'],
  int: ['too_small', 'too_big'],
  bigint: ['too_small', 'too_big'],
  array: ['too_few', 'too_many'],
  set: ['too_few', 'too_many'],
};

/** A number or text parameter worth handing to a translated sentence. */
function plain(value: unknown): string | number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/** The translatable kind of a schema issue and its parameters, when it has one. */
function classify(issue: SchemaIssue): Pick<FieldProblem, 'code' | 'params'> {
  const p = issue.params ?? {};
  const origin = typeof p.origin === 'string' ? p.origin : '';
  switch (issue.keyword) {
    case 'invalid_type':
      // Zod 4 names what came only in its message: "…, received undefined" is a missing field.
      return /received undefined/.test(issue.message ?? '')
        ? { code: 'required' }
        : { code: 'invalid_type', params: withPlain({ expected: p.expected }) };
    case 'too_small': {
      const minimum = plain(p.minimum);
      if (origin === 'string' && minimum === 1) return { code: 'required' };
      const codes = SIZE_CODES[origin];
      return codes ? { code: codes[0], params: withPlain({ minimum }) } : {};
    }
    case 'too_big': {
      const codes = SIZE_CODES[origin];
      return codes ? { code: codes[1], params: withPlain({ maximum: plain(p.maximum) }) } : {};
    }
    case 'invalid_format':
      return { code: 'invalid_format', params: withPlain({ format: p.format }) };
    case 'invalid_value':
      return { code: 'invalid_choice' };
    default:
      return {};
  }
}

/** The entries of `params` that are plain numbers or texts. */
function withPlain(params: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const v = plain(value);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * A schema issue as a field problem of the error body: where (`body.assignments.1.city`), the
 * English message, and the kind and numbers an interface needs to say it in its reader's
 * language.
 *
 * @example
 * schemaProblem('body', { keyword: 'too_big', instancePath: '/title', message: 'Too big',
 *   params: { origin: 'string', maximum: 300 } })
 * // { field: 'body.title', message: 'Too big', code: 'too_long', params: { maximum: 300 } }
 */
export function schemaProblem(context: string, issue: SchemaIssue): FieldProblem {
  const field = [context, ...issue.instancePath.split('/').filter(Boolean)].join('.');
  const { code, params } = classify(issue);
  return {
    field,
    message: issue.message ?? 'is invalid',
    ...(code ? { code } : {}),
    ...(params && Object.keys(params).length > 0 ? { params } : {}),
  };
}
