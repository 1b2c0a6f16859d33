import type { z } from 'astro/zod';
import { chapterSchema } from '../../schemas/chapter.ts';
import { dayRange } from '../../schemas/dates.ts';
import { eventSchema } from '../../schemas/event.ts';
import { FIGURE_KINDS, FIGURE_SCHEMAS, figureSchema } from '../../schemas/figure.ts';
import { figureChecks } from '../figures/checks.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { mapAreaSchema } from '../../schemas/map-area.ts';
import { pageSchema } from '../../schemas/page.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { teacherNotesSchema } from '../../schemas/teacher-notes.ts';
import { updateSchema } from '../../schemas/update.ts';
import { MDX_COMPONENTS } from '../mdx/components.ts';
import { mapStepAnchor } from '../map/steps.ts';
import { findComponentUsages, findHeadings, splitIds } from '../mdx/usages.ts';
import { closestMatch } from '../suggest.ts';
import { factsAsOfProblem, todayUtc, type DatedReference } from './as-of.ts';
import { showValue, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { FACT_PARAGRAPH_WORDS, uncitedParagraphs } from './uncited.ts';
import { parseYamlSource, splitFrontmatter, type YamlSource } from './yaml-source.ts';

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

type Collection = 'sources' | 'places' | 'glossary' | 'events' | 'chapters' | 'updates' | 'figures' | 'areas';

const COLLECTION_WORDS: Record<Collection, { noun: string; where: string }> = {
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
interface Definition {
  file: string;
  line?: number;
}

const record = (x: unknown): Record<string, unknown> => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);
const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/**
 * Check all content at once: each file against its schema, then every cross-reference (event → chapter, places,
 * sources; MDX citations, glossary terms and places; chapter key terms), unique ids, stable heading ids, dates
 * inside their chapter's period, and sources nobody cites. Returns every problem found; never throws.
 */
export function validateContent(content: ContentTexts, options: { today?: string } = {}): Problem[] {
  const today = options.today ?? todayUtc();
  const problems: Problem[] = [];
  const ids: Record<Collection, Map<string, Definition>> = {
    sources: new Map(),
    places: new Map(),
    glossary: new Map(),
    events: new Map(),
    chapters: new Map(),
    updates: new Map(),
    figures: new Map(),
    areas: new Map(),
  };
  const cited = new Set<string>();
  /** Collections whose file could not be read: references to them are not checked, to avoid a cascade. */
  const unreadable = new Set<Collection>();

  const define = (collection: Collection, id: unknown, where: Definition, field = 'id') => {
    if (typeof id !== 'string') return;
    const earlier = ids[collection].get(id);
    if (earlier) {
      const at = earlier.file === where.file ? `line ${earlier.line}` : `${earlier.file}${earlier.line ? `:${earlier.line}` : ''}`;
      problems.push({ ...where, field, message: `"${id}" is used twice (first at ${at}); expected each id once` });
    } else ids[collection].set(id, where);
  };

  /** Deferred so that every id is known before references are checked, whatever the file order. */
  const referenceChecks: Array<() => void> = [];
  const refer = (collection: Collection, values: string[], where: Definition, field: string, many = true) => {
    referenceChecks.push(() => {
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
  };

  // Lists: sources, places, glossary.
  const lists: Array<[Collection, ContentText | undefined, z.ZodType, string, optional?: boolean]> = [
    ['sources', content.sources, sourceSchema, 'content/sources.yaml'],
    ['places', content.places, placeSchema, 'content/places.yaml'],
    ['glossary', content.glossary, glossaryTermSchema, 'content/glossary.yaml'],
    ['updates', content.updates, updateSchema, 'content/updates.yaml'],
    ['areas', content.areas, mapAreaSchema, 'content/map/areas.yaml', true],
  ];
  const listEntries: Record<string, Array<{ entry: Record<string, unknown>; source: YamlSource; index: number }>> = {};
  for (const [collection, file, schema, expectedPath, optional] of lists) {
    listEntries[collection] = [];
    if (!file && optional) continue;
    if (!file) {
      problems.push({ file: expectedPath, field: 'file', message: 'is missing; expected a YAML list of entries' });
      unreadable.add(collection);
      continue;
    }
    const { source, problems: yamlProblems } = parseYamlSource(file.path, file.text);
    problems.push(...yamlProblems);
    if (!source) {
      unreadable.add(collection);
      continue;
    }
    if (!Array.isArray(source.data)) {
      unreadable.add(collection);
      problems.push({ file: file.path, line: 1, field: 'file', message: 'is not a list; expected entries that each start with "- id:"' });
      continue;
    }
    source.data.forEach((raw, index) => {
      const entry = record(raw);
      const label = text(entry.id) ?? `entry ${index + 1}`;
      problems.push(...schemaProblems(schema, raw, source, [index], label));
      define(collection, entry.id, { file: file.path, line: source.lineOf([index, 'id']) }, `${label} › id`);
      listEntries[collection].push({ entry, source, index });
    });
  }
  for (const { entry, source, index } of listEntries.places ?? []) {
    const label = text(entry.id) ?? `entry ${index + 1}`;
    refer('sources', strings(entry.sources), { file: source.file, line: source.lineOf([index, 'sources']) }, `${label} › sources`);
    const { lat, lon } = entry;
    const inRegion = typeof lat === 'number' && typeof lon === 'number' && lat >= 36 && lat <= 44 && lon >= 42 && lon <= 52;
    if (typeof lat === 'number' && typeof lon === 'number' && !inRegion && entry.outsideRegion !== true) {
      problems.push({
        file: source.file,
        line: source.lineOf([index, 'lat']),
        field: `${label} › lat/lon`,
        message: `${lat}, ${lon} is outside the South Caucasus (lat 36–44, lon 42–52); check for swapped or mistyped numbers, or add outsideRegion: true`,
      });
    }
  }
  for (const { entry, source, index } of listEntries.updates ?? []) {
    if (typeof entry.chapter === 'string') {
      refer('chapters', [entry.chapter], { file: source.file, line: source.lineOf([index, 'chapter']) }, `${text(entry.id) ?? `entry ${index + 1}`} › chapter`, false);
    }
  }
  for (const { entry, source, index } of listEntries.glossary ?? []) {
    const label = text(entry.id) ?? `entry ${index + 1}`;
    refer('sources', strings(entry.sources), { file: source.file, line: source.lineOf([index, 'sources']) }, `${label} › sources`);
  }
  for (const { entry, source, index } of listEntries.areas ?? []) {
    const label = text(entry.id) ?? `entry ${index + 1}`;
    refer('sources', strings(entry.sources), { file: source.file, line: source.lineOf([index, 'sources']) }, `${label} › sources`);
    if (typeof entry.event === 'string') refer('events', [entry.event], { file: source.file, line: source.lineOf([index, 'event']) }, `${label} › event`, false);
  }

  // Chapters (MDX with frontmatter) and standalone pages.
  const periods = new Map<string, { start: string; end: string }>();
  /** Each chapter's "facts as of" day and the sources its text cites, checked once every date is known. */
  const asOfChecks: Array<{ slug: string; asOf: string; where: Definition; citedIds: string[] }> = [];
  /** Each chapter's section ids and number of questions, for the teacher notes that refer to them. */
  const chapterOutlines = new Map<string, { sections: Set<string>; questions: number }>();
  const eventDates: Array<{ id: string; chapter: string; date: string }> = [];
  const orders = new Map<number, string>();
  const mdxFiles: Array<{ file: ContentText; kind: 'chapter' | 'page' }> = [
    ...content.chapters.map((file) => ({ file, kind: 'chapter' as const })),
    ...content.pages.map((file) => ({ file, kind: 'page' as const })),
  ];
  for (const { file, kind } of mdxFiles) {
    const split = splitFrontmatter(file.text);
    if (!split) {
      problems.push({ file: file.path, line: 1, field: 'frontmatter', message: 'is missing; expected the file to start with a --- line, the fields, then another --- line' });
      continue;
    }
    const { source, problems: yamlProblems } = parseYamlSource(file.path, split.yaml, 1);
    problems.push(...yamlProblems);
    if (source) {
      problems.push(...schemaProblems(kind === 'chapter' ? chapterSchema : pageSchema, source.data, source));
      const fm = record(source.data);
      if (kind === 'chapter') {
        define('chapters', fm.slug, { file: file.path, line: source.lineOf(['slug']) }, 'slug');
        const parsed = chapterSchema.safeParse(fm);
        if (typeof fm.slug === 'string' && parsed.success) periods.set(fm.slug, parsed.data.period);
        if (typeof fm.order === 'number') {
          const other = orders.get(fm.order);
          if (other) problems.push({ file: file.path, line: source.lineOf(['order']), field: 'order', message: `${fm.order} is also the order of ${other}; expected each chapter to have its own number` });
          else orders.set(fm.order, file.path);
        }
        refer('glossary', strings(fm.keyTerms), { file: file.path, line: source.lineOf(['keyTerms']) }, 'keyTerms');
        if (parsed.success) {
          chapterOutlines.set(parsed.data.slug, { sections: new Set(findHeadings(split.body).flatMap((h) => (h.id ? [h.id] : []))), questions: parsed.data.questions.length });
          const citedIds = findComponentUsages(split.body).flatMap((u) => splitIds(u.attributes.ids?.value ?? u.attributes.sources?.value ?? ''));
          asOfChecks.push({ slug: parsed.data.slug, asOf: parsed.data.factsAsOf, where: { file: file.path, line: source.lineOf(['factsAsOf']) }, citedIds });
        }
      }
    }
    checkMdxBody(file.path, split.body, split.bodyLine, problems, refer);
    if (kind === 'chapter') {
      for (const paragraph of uncitedParagraphs(split.body)) {
        problems.push({
          file: file.path,
          line: paragraph.line + split.bodyLine - 1,
          field: `paragraph "${paragraph.start}…"`,
          message: `has no citation; expected a <Cite ids="…"/> for the facts it states (every running-text paragraph of ${FACT_PARAGRAPH_WORDS} words or more needs one)`,
        });
      }
    }
  }

  // Events: one YAML file each.
  for (const file of content.events) {
    const read = readEntryFile(file, 'event', 'id:, date:, title:', problems);
    if (!read) continue;
    const { source, entry: event } = read;
    problems.push(...schemaProblems(eventSchema, event, source));
    checkIdMatchesFileName(file, event, source, problems);
    define('events', event.id, { file: file.path, line: source.lineOf(['id']) });
    const at = (path: (string | number)[]) => ({ file: file.path, line: source.lineOf(path) });
    if (typeof event.chapter === 'string') refer('chapters', [event.chapter], at(['chapter']), 'chapter', false);
    refer('places', strings(event.places), at(['places']), 'places');
    refer('sources', strings(event.sources), at(['sources']), 'sources');
    (Array.isArray(event.claims) ? event.claims : []).forEach((claim, i) =>
      refer('sources', strings(record(claim).sources), at(['claims', i, 'sources']), `claims[${i}].sources`),
    );
    referenceChecks.push(() => {
      const period = typeof event.chapter === 'string' ? periods.get(event.chapter) : undefined;
      const parsed = eventSchema.safeParse(event);
      if (parsed.success) eventDates.push({ id: parsed.data.id, chapter: parsed.data.chapter, date: parsed.data.date });
      if (!period || !parsed.success || parsed.data.outsidePeriod) return;
      const { first, last } = dayRange(parsed.data.date);
      if (last < period.start || first > period.end) {
        problems.push({
          ...at(['date']),
          field: 'date',
          message: `${showValue(parsed.data.date)} is outside the period of chapter "${event.chapter}" (${period.start} to ${period.end}); expected a date inside it, or add outsidePeriod: true if it is background or aftermath`,
        });
      }
    });
  }

  checkFigures(content.figures ?? [], problems, define, refer);
  checkTeacherNotes(content.teachers ?? [], problems, refer, referenceChecks, chapterOutlines);

  referenceChecks.forEach((check) => check());

  const sourceDates = new Map(
    (listEntries.sources ?? []).flatMap(({ entry }) => (typeof entry.id === 'string' && (typeof entry.date === 'string' || typeof entry.date === 'number') ? [[entry.id, String(entry.date)] as const] : [])),
  );
  for (const check of asOfChecks) {
    const references: DatedReference[] = [
      ...check.citedIds.flatMap((id) => (sourceDates.has(id) ? [{ kind: 'source' as const, id, date: sourceDates.get(id)! }] : [])),
      ...eventDates.filter((e) => e.chapter === check.slug).map((e) => ({ kind: 'event' as const, id: e.id, date: e.date })),
    ];
    const message = factsAsOfProblem(check.asOf, today, references);
    if (message) problems.push({ ...check.where, field: 'factsAsOf', message });
  }

  for (const { entry, source, index } of listEntries.sources ?? []) {
    if (typeof entry.id === 'string' && !cited.has(entry.id)) {
      problems.push({ file: source.file, line: source.lineOf([index, 'id']), field: `${entry.id} › id`, message: 'is not cited anywhere; expected every listed source to be cited by an event, a page, a place or a glossary entry (cite it or remove it)' });
    }
  }
  return problems;
}

type Refer = (collection: Collection, values: string[], where: Definition, field: string, many?: boolean) => void;

/** Components and headings in an MDX body: known components, valid props, existing ids, stable heading ids. */
function checkMdxBody(path: string, body: string, bodyLine: number, problems: Problem[], refer: Refer) {
  const known = Object.keys(MDX_COMPONENTS);
  for (const usage of findComponentUsages(body)) {
    const line = usage.line + bodyLine - 1;
    const rule = MDX_COMPONENTS[usage.name];
    const tag = `<${usage.name}>`;
    if (!rule) {
      const hint = closestMatch(usage.name, known);
      problems.push({ file: path, line, field: tag, message: `is not a component editors can use; ${hint ? `did you mean <${hint}>? ` : ''}expected one of: ${known.map((k) => `<${k}>`).join(', ')}` });
      continue;
    }
    for (const [name, attribute] of Object.entries(usage.attributes)) {
      const prop = rule.props[name];
      const field = `<${usage.name} ${name}>`;
      if (!prop) {
        const allowed = Object.keys(rule.props);
        const hint = closestMatch(name, allowed);
        problems.push({ file: path, line, field: tag, message: `has an unknown prop "${name}"; ${hint ? `did you mean "${hint}"? ` : ''}expected ${allowed.length ? allowed.join(', ') : 'no props'}` });
        continue;
      }
      if (attribute.expression) {
        problems.push({ file: path, line, field, message: `is written in {braces}; expected the value in quotes, e.g. ${name}="…"` });
        continue;
      }
      const value = attribute.value ?? '';
      if (prop.kind.type === 'one-of' && !prop.kind.values.includes(value)) {
        const hint = closestMatch(value, prop.kind.values);
        problems.push({ file: path, line, field, message: `"${value}" is not allowed; expected one of: ${prop.kind.values.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}` });
      }
      if (prop.kind.type === 'ids') {
        const values = prop.kind.many ? splitIds(value) : [value.trim()];
        if (values.length === 0 || values[0] === '') problems.push({ file: path, line, field, message: `is empty; expected ${prop.help}` });
        else refer(prop.kind.collection, values, { file: path, line }, field, prop.kind.many);
      }
      if (prop.kind.type === 'number') {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n) || n < prop.kind.min || n > prop.kind.max) {
          problems.push({ file: path, line, field, message: `"${value}" is not allowed; expected a number from ${prop.kind.min} to ${prop.kind.max}, e.g. ${name}="${prop.kind.min + 1}"` });
        }
      }
      if (prop.kind.type === 'text' && attribute.value !== null && value.trim() === '') {
        problems.push({ file: path, line, field, message: `is empty; expected ${prop.help}` });
      }
    }
    for (const [name, prop] of Object.entries(rule.props)) {
      if (prop.required && !(name in usage.attributes)) {
        problems.push({ file: path, line, field: tag, message: `is missing the prop "${name}"; expected ${name}="…" with ${prop.help}` });
      }
    }
  }
  checkClaimOrder(path, findComponentUsages(body), bodyLine, problems);
  checkMapStepAnchors(path, findComponentUsages(body), bodyLine, problems);
  const seen = new Map<string, number>();
  for (const heading of findHeadings(body)) {
    const line = heading.line + bodyLine - 1;
    const field = `heading "${heading.text}"`;
    if (heading.depth > 3) continue;
    if (heading.id === undefined) {
      const suggestion = heading.text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      problems.push({ file: path, line, field, message: `has no stable id; expected it to end with one, e.g. ${'#'.repeat(heading.depth)} ${heading.text} [#${suggestion}]` });
    } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(heading.id)) {
      problems.push({ file: path, line, field, message: `has the id "${heading.id}"; expected lower-case letters, digits and single hyphens` });
    } else if (seen.has(heading.id)) {
      problems.push({ file: path, line, field, message: `reuses the id "${heading.id}" (also on line ${seen.get(heading.id)}); expected each heading id once per page` });
    } else seen.set(heading.id, line);
  }
}

const SIDE_ORDER = ['armenia', 'azerbaijan', 'third-party'];

/** Each <Claims> group shows both governments' accounts, always Armenian first, then Azerbaijani, then others. */
function checkClaimOrder(path: string, usages: ReturnType<typeof findComponentUsages>, bodyLine: number, problems: Problem[]) {
  const groups: Array<{ line: number; sides: string[] }> = [];
  for (const usage of usages) {
    if (usage.name === 'Claims') groups.push({ line: usage.line + bodyLine - 1, sides: [] });
    else if (usage.name === 'Claim' && groups.length > 0) groups.at(-1)!.sides.push(usage.attributes.side?.value ?? '');
  }
  for (const { line, sides } of groups) {
    // A misspelt side is already reported on its own <Claim>; one message per mistake.
    if (sides.some((side) => !SIDE_ORDER.includes(side))) continue;
    const known = sides;
    const sorted = [...known].sort((a, b) => SIDE_ORDER.indexOf(a) - SIDE_ORDER.indexOf(b));
    if (!known.includes('armenia') || !known.includes('azerbaijan')) {
      problems.push({ file: path, line, field: '<Claims>', message: `has the sides ${sides.join(', ') || 'none'}; expected a <Claim side="armenia"> and a <Claim side="azerbaijan">` });
    } else if (known.join() !== sorted.join()) {
      problems.push({ file: path, line, field: '<Claims>', message: `lists ${known.join(', ')}; expected the order used across the site: ${sorted.join(', ')}` });
    }
  }
}

type Define = (collection: Collection, id: unknown, where: Definition, field?: string) => void;

/** Every list of source ids in a figure, wherever it sits, with its path for line numbers. */
function sourceLists(node: unknown, path: (string | number)[] = []): Array<{ path: (string | number)[]; ids: string[] }> {
  if (Array.isArray(node)) return node.flatMap((item, i) => sourceLists(item, [...path, i]));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'sources' || key === 'documentSources' ? [{ path: [...path, key], ids: strings(value) }] : sourceLists(value, [...path, key]),
  );
}

/** Figures: one YAML file each, checked against the schema of its kind, then the rules on its numbers. */
function checkFigures(files: ContentText[], problems: Problem[], define: Define, refer: Refer) {
  for (const file of files) {
    const read = readEntryFile(file, 'figure', 'id:, kind:, title:', problems);
    if (!read) continue;
    const { source, entry: figure } = read;
    const at = (path: (string | number)[]) => ({ file: file.path, line: source.lineOf(path) });
    const kind = figure.kind;
    if (typeof kind !== 'string' || !(FIGURE_KINDS as readonly string[]).includes(kind)) {
      const hint = typeof kind === 'string' ? closestMatch(kind, FIGURE_KINDS) : undefined;
      problems.push({ ...at(['kind']), field: 'kind', message: `${showValue(kind)} is not allowed; expected one of: ${FIGURE_KINDS.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}` });
    } else {
      const schemaIssues = schemaProblems(FIGURE_SCHEMAS[kind as keyof typeof FIGURE_SCHEMAS], figure, source);
      problems.push(...schemaIssues);
      const parsed = figureSchema.safeParse(figure);
      if (schemaIssues.length === 0 && parsed.success) {
        for (const issue of figureChecks(parsed.data)) problems.push({ ...at(issue.path), field: issue.field, message: issue.message });
      }
    }
    checkIdMatchesFileName(file, figure, source, problems);
    define('figures', figure.id, at(['id']));
    for (const list of sourceLists(figure)) refer('sources', list.ids, at(list.path), list.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1));
  }
}

/**
 * Teacher notes: one file per chapter, named after its slug; one guidance entry per question of the chapter, in
 * order; every section id is one of that chapter's headings.
 */
function checkTeacherNotes(files: ContentText[], problems: Problem[], refer: Refer, later: Array<() => void>, outlines: Map<string, { sections: Set<string>; questions: number }>) {
  for (const file of files) {
    const read = readEntryFile(file, 'set of teacher notes', 'chapter:, ages:, objectives:', problems);
    if (!read) continue;
    const { source, entry: notes } = read;
    const at = (path: (string | number)[]) => ({ file: file.path, line: source.lineOf(path) });
    problems.push(...schemaProblems(teacherNotesSchema, notes, source));
    const fileSlug = file.path.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (typeof notes.chapter === 'string' && notes.chapter !== fileSlug) {
      problems.push({ ...at(['chapter']), field: 'chapter', message: `"${notes.chapter}" does not match the file name "${fileSlug}.yaml"; expected the chapter's slug as the file name` });
    }
    if (typeof notes.chapter === 'string') refer('chapters', [notes.chapter], at(['chapter']), 'chapter', false);
    const guidance = Array.isArray(notes.questions) ? notes.questions.map(record) : [];
    guidance.forEach((g, i) => refer('sources', strings(g.sources), at(['questions', i, 'sources']), `questions[${i}].sources`));
    later.push(() => {
      const outline = typeof notes.chapter === 'string' ? outlines.get(notes.chapter) : undefined;
      if (!outline) return;
      if (guidance.length !== outline.questions) {
        problems.push({ ...at(['questions']), field: 'questions', message: `has ${guidance.length} ${guidance.length === 1 ? 'entry' : 'entries'}; expected ${outline.questions}, one for each question in the chapter's questions: list, in the same order` });
      }
      guidance.forEach((g, i) =>
        strings(g.sections).forEach((id, j) => {
          if (outline.sections.has(id)) return;
          const hint = closestMatch(id, outline.sections);
          problems.push({ ...at(['questions', i, 'sections']), field: `questions[${i}].sections[${j}]`, message: `"${id}" is not a section of chapter "${notes.chapter}"; ${hint ? `did you mean "${hint}"?` : 'expected one of its heading ids, the [#id] after a ## or ### heading'}` });
        }),
      );
    });
  }
}

/** Each <MapStep> is a link target (#map-<id or place>), so two steps of one page need different anchors. */
function checkMapStepAnchors(path: string, usages: ReturnType<typeof findComponentUsages>, bodyLine: number, problems: Problem[]) {
  const seen = new Map<string, number>();
  for (const usage of usages.filter((u) => u.name === 'MapStep')) {
    const line = usage.line + bodyLine - 1;
    const anchor = mapStepAnchor(usage.attributes.id?.value ?? undefined, usage.attributes.place?.value ?? '');
    const earlier = seen.get(anchor);
    if (earlier !== undefined) {
      problems.push({ file: path, line, field: '<MapStep>', message: `has the link anchor "#${anchor}", like the <MapStep> on line ${earlier}; expected each step of a page to have its own: add id="…" to one of them` });
    } else seen.set(anchor, line);
  }
}

/** Parse a YAML file that holds one entry (an event, a figure); report a syntax error or a list instead. */
function readEntryFile(file: ContentText, noun: string, fields: string, problems: Problem[]) {
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
function checkIdMatchesFileName(file: ContentText, entry: Record<string, unknown>, source: YamlSource, problems: Problem[]) {
  const fileId = file.path.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (typeof entry.id === 'string' && entry.id !== fileId) {
    problems.push({ file: file.path, line: source.lineOf(['id']), field: 'id', message: `"${entry.id}" does not match the file name "${fileId}.yaml"; expected them to be the same (rename one)` });
  }
}
