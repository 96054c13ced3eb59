// The schema check of an opened project, fast: the zod schemas of src/core/model.ts compiled once
// into plain functions that check the parsed JSON where it lies, applying zod's defaults and
// dropping the keys zod would drop, instead of building a checked copy of every object. On a
// project of 100,000 facts zod's own parse took as long as JSON.parse; this takes a fraction.
//
// It answers only "valid" or "ask zod". Whatever it does not know exactly (a check, a type, an
// object that keeps unknown keys, a union whose options could change what they check) it hands to
// that part's own zod schema; and when it finds anything wrong, the caller runs zod on the whole
// project, so every message, path and count of problems is zod's, as before. Its answer "valid"
// holds exactly when zod's does, with the same data (tests/unit/node/store/schemaCheck.test.ts).
import { z } from 'zod';

/** What a compiled check returns for a value it cannot vouch for. */
const FAIL: unique symbol = Symbol('schema check failed');
type Check = (value: unknown) => unknown;

interface Compiled {
  check: Check;
  /** True when the check never changes what it is given (so a union may try it and move on). */
  pure: boolean;
  /** The types of the parts handed to zod, so a test notices when the fast path stops being one. */
  handedToZod?: string[];
}

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  entries?: Record<string, unknown>;
  values?: unknown[];
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  when?: unknown;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** zod's own guard on length checks (run only where there is a length), which a string or array passes. */
const LENGTH_GUARD = defOf(z.string().min(1)).checks![0]!._zod.def.when;

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema's own zod parse: slow, exact, for what the compiler does not know. */
function delegated(schema: z.ZodType): Compiled {
  return {
    check: (value) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : FAIL;
    },
    pure: false,
    handedToZod: [defOf(schema).type],
  };
}

/** What the parts of a compiled schema hand to zod. */
function handedOf(parts: readonly Compiled[]): string[] | undefined {
  const all = parts.flatMap((p) => p.handedToZod ?? []);
  return all.length ? all : undefined;
}

/** Length and range checks zod runs after a value's type passed; null when one is unknown. */
function valueChecks(def: Def, kind: 'string' | 'number' | 'array'): Array<(value: never) => boolean> | null {
  const out: Array<(value: never) => boolean> = [];
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    const lengthCheck = c.check === 'min_length' || c.check === 'max_length';
    if (c.when !== undefined && !(lengthCheck && c.when === LENGTH_GUARD)) return null;
    if (c.check === 'min_length' && kind !== 'number' && typeof c.minimum === 'number') {
      const min = c.minimum;
      out.push((v: string | unknown[]) => v.length >= min);
    } else if (c.check === 'max_length' && kind !== 'number' && typeof c.maximum === 'number') {
      const max = c.maximum;
      out.push((v: string | unknown[]) => v.length <= max);
    } else if (
      c.check === 'string_format' &&
      kind === 'string' &&
      c.format === 'regex' &&
      c.pattern &&
      !c.pattern.global &&
      !c.pattern.sticky
    ) {
      const pattern = c.pattern;
      out.push((v: string) => pattern.test(v));
    } else if (c.check === 'number_format' && kind === 'number' && c.format === 'safeint') {
      out.push((v: number) => Number.isSafeInteger(v));
    } else if (c.check === 'greater_than' && kind === 'number' && typeof c.value === 'number') {
      const limit = c.value;
      out.push(c.inclusive ? (v: number) => v >= limit : (v: number) => v > limit);
    } else if (c.check === 'less_than' && kind === 'number' && typeof c.value === 'number') {
      const limit = c.value;
      out.push(c.inclusive ? (v: number) => v <= limit : (v: number) => v < limit);
    } else {
      return null;
    }
  }
  return out;
}

function primitive(is: (value: unknown) => boolean, checks: Array<(value: never) => boolean>): Compiled {
  if (checks.length === 0) return { check: (v) => (is(v) ? v : FAIL), pure: true };
  if (checks.length === 1) {
    const only = checks[0]!;
    return { check: (v) => (is(v) && only(v as never) ? v : FAIL), pure: true };
  }
  return {
    check: (v) => {
      if (!is(v)) return FAIL;
      for (let i = 0; i < checks.length; i++) if (!checks[i]!(v as never)) return FAIL;
      return v;
    },
    pure: true,
  };
}

const compiledBySchema = new WeakMap<z.ZodType, Compiled>();

function compile(schema: z.ZodType): Compiled {
  let compiled = compiledBySchema.get(schema);
  if (!compiled) {
    compiled = compileNew(schema);
    compiledBySchema.set(schema, compiled);
  }
  return compiled;
}

function compileNew(schema: z.ZodType): Compiled {
  const def = defOf(schema);
  if (def.coerce) return delegated(schema);
  switch (def.type) {
    case 'string': {
      const checks = valueChecks(def, 'string');
      return checks ? primitive((v) => typeof v === 'string', checks) : delegated(schema);
    }
    case 'number': {
      const checks = valueChecks(def, 'number');
      // zod's number refuses NaN and the infinities, which JSON cannot hold anyway.
      return checks
        ? primitive((v) => typeof v === 'number' && Number.isFinite(v), checks)
        : delegated(schema);
    }
    case 'boolean':
      return def.checks?.length ? delegated(schema) : primitive((v) => typeof v === 'boolean', []);
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (def.checks?.length || !values.every((v) => typeof v === 'string')) return delegated(schema);
      const allowed = new Set<unknown>(values);
      return primitive((v) => allowed.has(v), []);
    }
    case 'literal': {
      const values = def.values ?? [];
      if (
        def.checks?.length ||
        !values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      )
        return delegated(schema);
      const allowed = new Set<unknown>(values);
      return primitive((v) => allowed.has(v), []);
    }
    case 'optional': {
      if (def.checks?.length || !def.innerType) return delegated(schema);
      const inner = compile(def.innerType);
      return {
        check: (v) => (v === undefined ? v : inner.check(v)),
        pure: inner.pure,
        handedToZod: inner.handedToZod,
      };
    }
    case 'nullable': {
      if (def.checks?.length || !def.innerType) return delegated(schema);
      const inner = compile(def.innerType);
      return {
        check: (v) => (v === null ? v : inner.check(v)),
        pure: inner.pure,
        handedToZod: inner.handedToZod,
      };
    }
    case 'default': {
      if (def.checks?.length || !def.innerType) return delegated(schema);
      const inner = compile(def.innerType);
      // The getter gives a fresh copy each time, as zod's parse does; the default is not checked.
      return {
        check: (v) => (v === undefined ? def.defaultValue : inner.check(v)),
        pure: false,
        handedToZod: inner.handedToZod,
      };
    }
    case 'array':
      return compileArray(schema, def);
    case 'object':
      return compileObject(schema, def);
    case 'record':
      return compileRecord(schema, def);
    case 'union':
      return compileUnion(schema, def);
    default:
      return delegated(schema);
  }
}

function compileArray(schema: z.ZodType, def: Def): Compiled {
  const checks = valueChecks(def, 'array');
  if (!checks || !def.element) return delegated(schema);
  const compiled = compile(def.element);
  const element = compiled.check;
  return {
    check: (v) => {
      if (!Array.isArray(v)) return FAIL;
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        const checked = element(item);
        if (checked === FAIL) return FAIL;
        if (checked !== item) v[i] = checked;
      }
      for (let i = 0; i < checks.length; i++) if (!checks[i]!(v as never)) return FAIL;
      return v;
    },
    pure: compiled.pure,
    handedToZod: compiled.handedToZod,
  };
}

function compileObject(schema: z.ZodType, def: Def): Compiled {
  // An object that keeps or checks unknown keys is zod's to parse.
  if (def.catchall !== undefined || def.checks?.length || !def.shape) return delegated(schema);
  const keys = Object.keys(def.shape);
  const known = new Set(keys);
  const parts = keys.map((key) => compile(def.shape![key]!));
  const checks = parts.map((p) => p.check);
  return {
    check: (v) => {
      if (!isRecordObject(v)) return FAIL;
      let unknown = false;
      for (const key in v) {
        // zod builds its copy by assignment, where a key named __proto__ means something else.
        if (key === '__proto__') return FAIL;
        if (!known.has(key)) unknown = true;
      }
      if (unknown) for (const key in v) if (!known.has(key)) delete v[key];
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const value = v[key];
        const checked = checks[i]!(value);
        if (checked === FAIL) return FAIL;
        if (checked !== value) v[key] = checked;
      }
      return v;
    },
    pure: false,
    handedToZod: handedOf(parts),
  };
}

function compileRecord(schema: z.ZodType, def: Def): Compiled {
  const keyDef = def.keyType ? defOf(def.keyType) : null;
  // Keys are strings in JSON: only a plain string key schema passes every one of them.
  if (
    def.checks?.length ||
    !keyDef ||
    keyDef.type !== 'string' ||
    keyDef.checks?.length ||
    keyDef.coerce ||
    !def.valueType
  )
    return delegated(schema);
  const valuePart = compile(def.valueType);
  const value = valuePart.check;
  return {
    check: (v) => {
      if (!isRecordObject(v)) return FAIL;
      for (const key in v) {
        if (key === '__proto__') return FAIL;
        const item = v[key];
        const checked = value(item);
        if (checked === FAIL || checked === undefined) return FAIL;
        if (checked !== item) v[key] = checked;
      }
      return v;
    },
    pure: false,
    handedToZod: valuePart.handedToZod,
  };
}

function compileUnion(schema: z.ZodType, def: Def): Compiled {
  const options = def.options ?? [];
  if (def.checks?.length || options.length === 0) return delegated(schema);
  if (def.discriminator !== undefined) {
    const discriminator = def.discriminator;
    const byValue = new Map<unknown, Check>();
    const parts: Compiled[] = [];
    for (const option of options) {
      const tag = defOf(option).shape?.[discriminator];
      const tagDef = tag ? defOf(tag) : null;
      if (!tagDef || tagDef.type !== 'literal' || !tagDef.values) return delegated(schema);
      for (const value of tagDef.values) {
        if (byValue.has(value)) return delegated(schema);
        byValue.set(value, compile(option).check);
      }
      parts.push(compile(option));
    }
    return {
      check: (v) => {
        if (!isRecordObject(v)) return FAIL;
        const option = byValue.get(v[discriminator]);
        return option ? option(v) : FAIL;
      },
      pure: false,
      handedToZod: handedOf(parts),
    };
  }
  // zod takes the first option that passes; trying options in turn is only safe when none of them
  // changes the value it looked at.
  const compiled = options.map(compile);
  if (!compiled.every((c) => c.pure)) return delegated(schema);
  return {
    check: (v) => {
      for (const option of compiled) {
        const checked = option.check(v);
        if (checked !== FAIL) return checked;
      }
      return FAIL;
    },
    pure: true,
    handedToZod: handedOf(compiled),
  };
}

export interface SchemaCheck<T> {
  (value: unknown): { ok: true; data: T } | { ok: false };
  /** The zod types of the parts this check hands to zod's own parse (none for the project). */
  readonly handedToZod: readonly string[];
}

/**
 * A check of `schema` that validates `value` where it lies: on `ok` the value itself, with zod's
 * defaults filled in and unknown keys removed, is what zod's parse would have returned. On
 * `{ ok: false }` the value may be partly changed: parse a fresh copy with zod for the reasons.
 */
export function compileSchemaCheck<S extends z.ZodType>(schema: S): SchemaCheck<z.output<S>> {
  const { check, handedToZod } = compile(schema);
  const run = (value: unknown) => {
    const checked = check(value);
    return checked === FAIL ? ({ ok: false } as const) : { ok: true as const, data: checked as z.output<S> };
  };
  return Object.assign(run, { handedToZod: handedToZod ?? [] });
}
