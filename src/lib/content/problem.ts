/** One mistake found in content/, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path from the project root, e.g. content/places.yaml. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The field or location, e.g. `places[0]`, `verin-shorzha › lat` or `<Cite ids>`. */
  field: string;
  /** What is wrong and what was expected, e.g. `"verin-shorja" is not a place id; did you mean "verin-shorzha"?` */
  message: string;
}

/** `file:line: field message`, the form editors see in the terminal. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field} ${p.message}`;
}

/** A readable block listing every problem, or an empty string when there are none. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return [
    `Content check found ${count}. Nothing was built; fix these and save again:`,
    '',
    ...sorted.map((p) => `  ✗ ${formatProblem(p)}`),
    '',
    'EDITING.md ("When the check complains") explains each kind of message.',
  ].join('\n');
}

/** Show a value the way an editor typed it: text in quotes, other values as written. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list (${value.length} items)`;
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return String(value);
}
