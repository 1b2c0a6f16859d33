import type { z } from 'astro/zod';
import { closestMatch } from '../suggest.ts';
import { showValue, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = readonly (string | number)[];

/** `places[0]`, `period.start`, `claims[1].side`: the path written the way editors read YAML. */
export function fieldName(path: Path): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string | number, unknown>)[key]), data);
}

/** The field names a (possibly wrapped) object schema allows at `path`, for "did you mean" hints. */
function allowedKeysAt(schema: z.ZodType, path: Path): string[] {
  // Zod's internal definitions (_zod.def) have no public types; this reads only their shape and options.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let node: any = schema;
  const unwrap = () => {
    for (let i = 0; i < 8 && node; i++) {
      const def = node._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') node = def.innerType;
      else if (def.type === 'pipe') node = def.out;
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    if (typeof key === 'number') node = node?._zod?.def?.element;
    else node = node?._zod?.def?.shape?.[key];
    unwrap();
  }
  return Object.keys(node?._zod?.def?.shape ?? {});
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/**
 * Turn a schema's complaints about one entry into editor-readable problems: the field, the value received and
 * what was expected. `basePath` locates the entry inside its YAML file; `label` names the entry (its id).
 */
export function schemaProblems(schema: z.ZodType, data: unknown, source: YamlSource, basePath: Path = [], label = ''): Problem[] {
  return parseEntry(schema, data, source, basePath, label).problems;
}

/**
 * Parse an entry once: its value as the schema gives it (defaults filled in) when it is valid, and the problems
 * in editors' words when it is not, so no check has to parse the same entry again.
 */
export function parseEntry<T extends z.ZodType>(
  schema: T,
  data: unknown,
  source: YamlSource,
  basePath: Path = [],
  label = '',
): { data?: z.infer<T>; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: describeIssues(schema, result.error.issues, data, source, basePath, label) };
}

function describeIssues(schema: z.ZodType, all: z.ZodError['issues'], data: unknown, source: YamlSource, basePath: Path, label: string): Problem[] {
  const prefix = label ? `${label} › ` : '';
  // One message per field: a badly formed date also fails the calendar check, and the first says more.
  const seen = new Set<string>();
  const issues = all.filter((issue) => {
    const key = issue.path.join('.');
    if (seen.has(key) && issue.code !== 'unrecognized_keys') return false;
    seen.add(key);
    return true;
  });
  return issues.map((issue): Problem => {
    const path = issue.path as Path;
    const value = valueAt(data, path);
    const field = prefix + (fieldName(path) || 'entry');
    const line = source.lineOf([...basePath, ...path]);
    const make = (message: string): Problem => ({ file: source.file, line, field, message });
    // Each issue code carries its own fields (expected, values, minimum…); zod types them per code only loosely.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const i = issue as any;
    switch (issue.code) {
      case 'invalid_type': {
        // A schema may say what it expects in editors' words ("a day written as YYYY-MM-DD"); else name the type.
        const custom = typeof i.message === 'string' && !i.message.startsWith('Invalid input');
        const expected = custom ? i.message : (TYPE_WORDS[i.expected] ?? i.expected);
        if (value === undefined) return make(`is missing; expected ${expected}`);
        return make(`is ${showValue(value)}; expected ${expected}`);
      }
      case 'invalid_value': {
        const values = (i.values as unknown[]).map(String);
        if (value === undefined) return make(`is missing; expected one of: ${values.join(', ')}`);
        const hint = typeof value === 'string' ? closestMatch(value, values) : undefined;
        return make(`${showValue(value)} is not allowed; expected one of: ${values.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`);
      }
      case 'unrecognized_keys': {
        const allowed = allowedKeysAt(schema, path);
        return make(
          (i.keys as string[])
            .map((key) => {
              const hint = closestMatch(key, allowed);
              return `has an unknown field "${key}"${hint ? `; did you mean "${hint}"?` : ''}`;
            })
            .join('; ') + `. Allowed fields: ${allowed.join(', ')}`,
        );
      }
      case 'too_small':
        if (i.origin === 'string') return make('is empty; expected some text');
        if (i.origin === 'array') return make(`has ${Array.isArray(value) ? value.length : 0} items; expected at least ${i.minimum}`);
        return make(`${showValue(value)} is too small; expected at least ${i.minimum}`);
      case 'too_big':
        if (i.origin === 'string') return make(`is ${String(value).length} characters long; expected at most ${i.maximum}`);
        if (i.origin === 'array') return make(`has too many items; expected at most ${i.maximum}`);
        return make(`${showValue(value)} is too large; expected at most ${i.maximum}`);
      default:
        // Our own schema messages are phrased as what is expected ("a day written as YYYY-MM-DD").
        if (value === undefined) return make(`is missing; expected ${issue.message}`);
        return make(`${showValue(value)} is not valid; expected ${issue.message}`);
    }
  });
}
