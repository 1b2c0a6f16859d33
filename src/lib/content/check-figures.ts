// Figures: one YAML file each, checked against the schema of its kind, then the rules on its numbers.
import { FIGURE_KINDS, FIGURE_SCHEMAS, type Figure } from '../../schemas/figure.ts';
import { figureChecks } from '../figures/checks.ts';
import { closestMatch } from '../suggest.ts';
import { checkIdMatchesFileName, readEntryFile, strings, type CheckContext, type ContentText } from './context.ts';
import { showValue } from './problem.ts';
import { parseEntry } from './schema-problems.ts';

/** Every list of source ids in a figure, wherever it sits, with its path for line numbers. */
function sourceLists(node: unknown, path: (string | number)[] = []): Array<{ path: (string | number)[]; ids: string[] }> {
  if (Array.isArray(node)) return node.flatMap((item, i) => sourceLists(item, [...path, i]));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'sources' || key === 'documentSources' ? [{ path: [...path, key], ids: strings(value) }] : sourceLists(value, [...path, key]),
  );
}

/** Figures: one YAML file each, checked against the schema of its kind, then the rules on its numbers. */
export function checkFigures(files: ContentText[], context: CheckContext) {
  for (const file of files) {
    const read = readEntryFile(file, 'figure', 'id:, kind:, title:', context.problems);
    if (!read) continue;
    const { source, entry: figure } = read;
    const at = (path: (string | number)[]) => ({ file: file.path, line: source.lineOf(path) });
    const kind = figure.kind;
    if (typeof kind !== 'string' || !(FIGURE_KINDS as readonly string[]).includes(kind)) {
      const hint = typeof kind === 'string' ? closestMatch(kind, FIGURE_KINDS) : undefined;
      context.problems.push({ ...at(['kind']), field: 'kind', message: `${showValue(kind)} is not allowed; expected one of: ${FIGURE_KINDS.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}` });
    } else {
      // Parsed once, against the schema of its kind; the rules on its numbers run on the parsed figure.
      const { data: parsed, problems } = parseEntry(FIGURE_SCHEMAS[kind as keyof typeof FIGURE_SCHEMAS], figure, source);
      context.problems.push(...problems);
      if (parsed) for (const issue of figureChecks(parsed as Figure)) context.problems.push({ ...at(issue.path), field: issue.field, message: issue.message });
    }
    checkIdMatchesFileName(file, figure, source, context.problems);
    context.define('figures', figure.id, at(['id']));
    for (const list of sourceLists(figure)) context.refer('sources', list.ids, at(list.path), list.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1));
  }
}

