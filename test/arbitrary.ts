// fast-check arbitraries from the JSON Schemas of the OpenAPI document (which the zod contracts
// generate), mixed with hostile values: every write endpoint gets bodies that are valid, nearly
// valid, and wrong in the ways attackers and broken clients are wrong.
import fc from 'fast-check';
import type { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

/** A body sent exactly as written, for JSON that JavaScript objects cannot express. */
export class RawJson {
  constructor(readonly text: string) {}

  // How fast-check shows it in a counterexample: long texts shortened.
  [fc.toStringMethod](): string {
    return `RawJson(${this.text.length > 80 ? `${this.text.slice(0, 80)}… (${this.text.length} characters)` : this.text})`;
  }
}

/** Values no schema of ours allows, or that break naive code: every one must be refused cleanly. */
export const HOSTILE: unknown[] = [
  null,
  '',
  ' ',
  '\u0000',
  'nul\u0000inside',
  '\ud800',
  '🧗‍♀️'.repeat(50),
  '<script>alert(1)</script>',
  "'; drop table goals; --",
  '../../../../etc/passwd',
  '__proto__',
  'x'.repeat(20_000),
  -0,
  5e-324,
  1e306,
  -1.7976931348623157e308,
  2 ** 53 + 2,
  0.1 + 0.2,
  -1,
  true,
  [],
  [null],
  {},
  new RawJson('{"__proto__": {"role": "admin"}, "title": "Prototype"}'),
  new RawJson('{"title": "first", "title": "second"}'),
  new RawJson(`${'['.repeat(5_000)}${']'.repeat(5_000)}`),
  new RawJson('{"title": "cut off'),
  '0000-01-01',
  '9999-12-31',
  '2027-02-29',
  '2027-13-01',
  '1e999',
  'NaN',
];

const hostile = fc.constantFrom(...HOSTILE);

/** A date written YYYY-MM-DD, usually real, sometimes at the ends of the calendar or not one at all. */
const dateLike = fc.oneof(
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('0001-01-01', '9999-12-31', '2027-02-29', '2024-02-29', '0000-06-15'),
);

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'email') return fc.emailAddress();
  if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return dateLike;
  const maxLength = Math.min(s.maxLength ?? 300, 300);
  return fc.string({ minLength: Math.min(s.minLength ?? 0, maxLength), maxLength, unit: 'grapheme' });
}

function numberFor(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? s.exclusiveMinimum;
  const max = s.maximum ?? s.exclusiveMaximum;
  if (integer) return fc.integer({ min: min ?? -1_000_000, max: max ?? 1_000_000 });
  return fc.oneof(
    fc.double({ min: min ?? -2e9, max: max ?? 2e9, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.max(min ?? -1000, -1000), max: Math.min(max ?? 1000, 1000) }),
  );
}

/** Values the schema allows (or nearly: strings are only length-bound), as a client would send them. */
export function valueFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(valueFor));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => valueFor({ ...schema, type })));
  switch (types[0]) {
    case 'object':
      return objectFor(schema);
    case 'array':
      return fc.array(valueFor(schema.items ?? {}), { maxLength: 4 });
    case 'string':
      return stringFor(schema);
    case 'number':
      return numberFor(schema, false);
    case 'integer':
      return numberFor(schema, true);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null));
  }
}

function objectFor(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  // Each field is usually as the schema says, sometimes hostile.
  for (const [key, s] of Object.entries(properties)) {
    fields[key] = fc.oneof({ weight: 4, arbitrary: valueFor(s) }, { weight: 1, arbitrary: hostile });
  }
  const record = fc.record(fields, { requiredKeys: schema.required ?? [] });
  return fc
    .tuple(record, fc.option(fc.tuple(fc.constantFrom('extra', 'owner_id', 'id', 'role'), hostile)))
    .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
}

/** A request body for an endpoint: usually shaped by its schema, sometimes anything at all. */
export function bodyFor(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  if (!schema)
    return fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostile });
  return fc.oneof({ weight: 6, arbitrary: valueFor(schema) }, { weight: 1, arbitrary: hostile });
}

/**
 * A body an endpoint's schema accepts (one of 2,000 samples from its JSON Schema, the first valid),
 * so that a refusal comes from whose ids it names, not from validation; undefined without a schema.
 */
export function validBody(schema: z.ZodType | undefined, seed: number): unknown {
  if (!schema) return undefined;
  const json = schema.toJSONSchema({ io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const candidates = fc.sample(valueFor(json), { numRuns: 2_000, seed });
  // NUL characters are refused before any route runs (route.ts), whatever the schema says.
  const body = candidates.find(
    (candidate) => schema.safeParse(candidate).success && !JSON.stringify(candidate).includes('\\u0000'),
  );
  if (body === undefined) throw new Error('no valid body found for the schema');
  return body;
}
