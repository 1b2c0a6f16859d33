// What every content check shares: the problems found, the ids each collection defines, and references to them,
// checked once every file has been read so that file order never matters.
import type { Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { closestMatch } from '../suggest.ts';

/** One file's path (from the project root) and text. */
export interface ContentText {
  path: string;
  text: string;
}

/** Everything an editor can write, as text, so validation needs no file system. */
export interface ContentTexts {
  chapters: ContentText[];
  pages: ContentText[];
  events: ContentText[];
  /** content/figures/<id>.yaml: the data behind each <Figure>. */
  figures?: ContentText[];
  places?: ContentText;
  sources?: ContentText;
  glossary?: ContentText;
  updates?: ContentText;
  /** content/map/areas.yaml: approximate areas on the maps (optional). */
  areas?: ContentText;
  /** content/teachers/<chapter slug>.yaml: teacher notes, one file per chapter (optional). */
  teachers?: ContentText[];
}

/** The collections whose ids other content refers to. */
export type Collection = 'sources' | 'places' | 'glossary' | 'events' | 'chapters' | 'updates' | 'figures' | 'areas';

export const COLLECTION_WORDS: Record<Collection, { noun: string; where: string }> = {
  sources: { noun: 'a source id', where: 'content/sources.yaml' },
  places: { noun: 'a place id', where: 'content/places.yaml' },
  glossary: { noun: 'a glossary id', where: 'content/glossary.yaml' },
  events: { noun: 'an event id', where: 'content/events/' },
  chapters: { noun: 'a chapter slug', where: 'the slug: lines of content/chapters/' },
  updates: { noun: 'an update id', where: 'content/updates.yaml' },
  figures: { noun: 'a figure id', where: 'content/figures/' },
  areas: { noun: 'a map area id', where: 'content/map/areas.yaml' },
};

/** Where an id was defined, so duplicates can point at both places. */
export interface Definition {
  file: string;
  line?: number;
}

/** The shared state of one validation run; the check-*.ts modules each add their collection's problems to it. */
export interface CheckContext {
  problems: Problem[];
  /** Record an id; a second definition is reported, pointing at the first. */
  define(collection: Collection, id: unknown, where: Definition, field?: string): void;
  /** Check, once every file is read, that each value is an id of `collection`. */
  refer(collection: Collection, values: string[], where: Definition, field: string, many?: boolean): void;
  /** Run a check once every file is read. */
  later(check: () => void): void;
  /** Collections whose file could not be read: references to them are not checked, to avoid a cascade. */
  unreadable: Set<Collection>;
  /** Source ids cited anywhere (filled as the references are checked). */
  cited: Set<string>;
}

/** A fresh context, and the function that runs the deferred checks. */
export function createContext(): { context: CheckContext; runDeferred: () => void } {
  const problems: Problem[] = [];
  const ids = Object.fromEntries(Object.keys(COLLECTION_WORDS).map((c) => [c, new Map<string, Definition>()])) as Record<Collection, Map<string, Definition>>;
  const deferred: Array<() => void> = [];
  const unreadable = new Set<Collection>();
  const cited = new Set<string>();
  const context: CheckContext = {
    problems,
    unreadable,
    cited,
    define(collection, id, where, field = 'id') {
      if (typeof id !== 'string') return;
      const earlier = ids[collection].get(id);
      if (earlier) {
        const at = earlier.file === where.file ? `line ${earlier.line}` : `${earlier.file}${earlier.line ? `:${earlier.line}` : ''}`;
        problems.push({ ...where, field, message: `"${id}" is used twice (first at ${at}); expected each id once` });
      } else ids[collection].set(id, where);
    },
    refer(collection, values, where, field, many = true) {
      deferred.push(() => {
        values.forEach((value, index) => {
          if (collection === 'sources') cited.add(value);
          if (ids[collection].has(value) || unreadable.has(collection)) return;
          const { noun, where: home } = COLLECTION_WORDS[collection];
          const hint = closestMatch(value, ids[collection].keys());
          problems.push({
            ...where,
            field: many ? `${field}[${index}]` : field,
            message: `"${value}" is not ${noun}; ${hint ? `did you mean "${hint}"?` : `expected one listed in ${home}`}`,
          });
        });
      });
    },
    later(check) {
      deferred.push(check);
    },
  };
  return { context, runDeferred: () => deferred.forEach((check) => check()) };
}

export const record = (x: unknown): Record<string, unknown> => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
export const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);
export const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** Parse a YAML file that holds one entry (an event, a figure); report a syntax error or a list instead. */
export function readEntryFile(file: ContentText, noun: string, fields: string, problems: Problem[]) {
  const { source, problems: yamlProblems } = parseYamlSource(file.path, file.text);
  problems.push(...yamlProblems);
  if (!source) return undefined;
  if (!source.data || typeof source.data !== 'object' || Array.isArray(source.data)) {
    problems.push({ file: file.path, line: 1, field: 'file', message: `is not a single ${noun}; expected fields such as ${fields} at the start of lines` });
    return undefined;
  }
  return { source, entry: record(source.data) };
}

/** A one-entry file is named after its id, so that the id can be found from the file and the other way round. */
export function checkIdMatchesFileName(file: ContentText, entry: Record<string, unknown>, source: YamlSource, problems: Problem[]) {
  const fileId = file.path.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (typeof entry.id === 'string' && entry.id !== fileId) {
    problems.push({ file: file.path, line: source.lineOf(['id']), field: 'id', message: `"${entry.id}" does not match the file name "${fileId}.yaml"; expected them to be the same (rename one)` });
  }
}
