// Chapters and standalone pages (MDX): frontmatter against its schema, then the body: components, their props and
// ids, headings with stable ids, each <Claims> group's sides, map step anchors, and paragraphs without a citation.
import { chapterSchema } from '../../schemas/chapter.ts';
import { pageSchema } from '../../schemas/page.ts';
import { mapStepAnchor } from '../map/steps.ts';
import { citedSourceIds, MDX_COMPONENTS, oneOfProblem } from '../mdx/components.ts';
import { findComponentUsages, findHeadings, splitIds } from '../mdx/usages.ts';
import { SIDES } from '../../schemas/claim.ts';
import { SLUG_PATTERN, slugify } from '../slug.ts';
import { closestMatch } from '../suggest.ts';
import { record, strings, type CheckContext, type ContentTexts, type ContentText, type Definition } from './context.ts';
import type { Problem } from './problem.ts';
import { parseEntry, schemaProblems } from './schema-problems.ts';
import type { ReadChapter } from './standards.ts';
import { FACT_PARAGRAPH_WORDS, uncitedParagraphs } from './uncited.ts';
import { parseYamlSource, splitFrontmatter } from './yaml-source.ts';

/** What the other checks need from the chapters: periods, "facts as of" checks and outlines (sections, questions). */
export interface ChapterFacts {
  periods: Map<string, { start: string; end: string }>;
  asOfChecks: Array<{ slug: string; asOf: string; where: Definition; citedIds: string[] }>;
  outlines: Map<string, { sections: Set<string>; questions: number }>;
  /** Each chapter that passed its schema, parsed once, for the editorial standards. */
  chapters: ReadChapter[];
}

export function checkMdx(content: ContentTexts, context: CheckContext): ChapterFacts {
  const periods = new Map<string, { start: string; end: string }>();
  /** Each chapter's "facts as of" day and the sources its text cites, checked once every date is known. */
  const asOfChecks: Array<{ slug: string; asOf: string; where: Definition; citedIds: string[] }> = [];
  /** Each chapter's section ids and number of questions, for the teacher notes that refer to them. */
  const outlines = new Map<string, { sections: Set<string>; questions: number }>();
  const chapters: ReadChapter[] = [];
  const orders = new Map<number, string>();
  const mdxFiles: Array<{ file: ContentText; kind: 'chapter' | 'page' }> = [
    ...content.chapters.map((file) => ({ file, kind: 'chapter' as const })),
    ...content.pages.map((file) => ({ file, kind: 'page' as const })),
  ];
  for (const { file, kind } of mdxFiles) {
    const split = splitFrontmatter(file.text);
    if (!split) {
      context.problems.push({ file: file.path, line: 1, field: 'frontmatter', message: 'is missing; expected the file to start with a --- line, the fields, then another --- line' });
      continue;
    }
    const { source, problems: yamlProblems } = parseYamlSource(file.path, split.yaml, 1);
    context.problems.push(...yamlProblems);
    if (source) {
      const fm = record(source.data);
      if (kind === 'page') context.problems.push(...schemaProblems(pageSchema, source.data, source));
      if (kind === 'chapter') {
        const { data: chapter, problems } = parseEntry(chapterSchema, source.data, source);
        context.problems.push(...problems);
        const parsed = chapter ? { success: true as const, data: chapter } : { success: false as const };
        context.define('chapters', fm.slug, { file: file.path, line: source.lineOf(['slug']) }, 'slug');
        if (typeof fm.slug === 'string' && parsed.success) periods.set(fm.slug, parsed.data.period);
        if (typeof fm.order === 'number') {
          const other = orders.get(fm.order);
          if (other) context.problems.push({ file: file.path, line: source.lineOf(['order']), field: 'order', message: `${fm.order} is also the order of ${other}; expected each chapter to have its own number` });
          else orders.set(fm.order, file.path);
        }
        context.refer('glossary', strings(fm.keyTerms), { file: file.path, line: source.lineOf(['keyTerms']) }, 'keyTerms');
        if (parsed.success) {
          chapters.push({ file: file.path, data: parsed.data, body: split.body, lineOf: (field) => source.lineOf([field]) });
          outlines.set(parsed.data.slug, { sections: new Set(findHeadings(split.body).flatMap((h) => (h.id ? [h.id] : []))), questions: parsed.data.questions.length });
          const citedIds = findComponentUsages(split.body).flatMap(citedSourceIds);
          asOfChecks.push({ slug: parsed.data.slug, asOf: parsed.data.factsAsOf, where: { file: file.path, line: source.lineOf(['factsAsOf']) }, citedIds });
        }
      }
    }
    checkMdxBody(file.path, split.body, split.bodyLine, context);
    if (kind === 'chapter') {
      for (const paragraph of uncitedParagraphs(split.body)) {
        context.problems.push({
          file: file.path,
          line: paragraph.line + split.bodyLine - 1,
          field: `paragraph "${paragraph.start}…"`,
          message: `has no citation; expected a <Cite ids="…"/> for the facts it states (every running-text paragraph of ${FACT_PARAGRAPH_WORDS} words or more needs one)`,
        });
      }
    }
  }

  return { periods, asOfChecks, outlines, chapters };
}

/** Components and headings in an MDX body: known components, valid props, existing ids, stable heading ids. */
function checkMdxBody(path: string, body: string, bodyLine: number, context: CheckContext) {
  const known = Object.keys(MDX_COMPONENTS);
  for (const usage of findComponentUsages(body)) {
    const line = usage.line + bodyLine - 1;
    const rule = MDX_COMPONENTS[usage.name];
    const tag = `<${usage.name}>`;
    if (!rule) {
      const hint = closestMatch(usage.name, known);
      context.problems.push({ file: path, line, field: tag, message: `is not a component editors can use; ${hint ? `did you mean <${hint}>? ` : ''}expected one of: ${known.map((k) => `<${k}>`).join(', ')}` });
      continue;
    }
    for (const [name, attribute] of Object.entries(usage.attributes)) {
      const prop = rule.props[name];
      const field = `<${usage.name} ${name}>`;
      if (!prop) {
        const allowed = Object.keys(rule.props);
        const hint = closestMatch(name, allowed);
        context.problems.push({ file: path, line, field: tag, message: `has an unknown prop "${name}"; ${hint ? `did you mean "${hint}"? ` : ''}expected ${allowed.length ? allowed.join(', ') : 'no props'}` });
        continue;
      }
      if (attribute.expression) {
        context.problems.push({ file: path, line, field, message: `is written in {braces}; expected the value in quotes, e.g. ${name}="…"` });
        continue;
      }
      const value = attribute.value ?? '';
      const notOneOf = oneOfProblem(usage.name, name, value);
      if (notOneOf) context.problems.push({ file: path, line, field, message: notOneOf });
      if (prop.kind.type === 'ids') {
        const values = prop.kind.many ? splitIds(value) : [value.trim()];
        if (values.length === 0 || values[0] === '') context.problems.push({ file: path, line, field, message: `is empty; expected ${prop.help}` });
        else context.refer(prop.kind.collection, values, { file: path, line }, field, prop.kind.many);
      }
      if (prop.kind.type === 'number') {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n) || n < prop.kind.min || n > prop.kind.max) {
          context.problems.push({ file: path, line, field, message: `"${value}" is not allowed; expected a number from ${prop.kind.min} to ${prop.kind.max}, e.g. ${name}="${prop.kind.min + 1}"` });
        }
      }
      if (prop.kind.type === 'text' && attribute.value !== null && value.trim() === '') {
        context.problems.push({ file: path, line, field, message: `is empty; expected ${prop.help}` });
      }
    }
    for (const [name, prop] of Object.entries(rule.props)) {
      if (prop.required && !(name in usage.attributes)) {
        context.problems.push({ file: path, line, field: tag, message: `is missing the prop "${name}"; expected ${name}="…" with ${prop.help}` });
      }
    }
  }
  checkClaimOrder(path, findComponentUsages(body), bodyLine, context.problems);
  checkMapStepAnchors(path, findComponentUsages(body), bodyLine, context.problems);
  const seen = new Map<string, number>();
  for (const heading of findHeadings(body)) {
    const line = heading.line + bodyLine - 1;
    const field = `heading "${heading.text}"`;
    if (heading.depth > 3) continue;
    if (heading.id === undefined) {
      context.problems.push({ file: path, line, field, message: `has no stable id; expected it to end with one, e.g. ${'#'.repeat(heading.depth)} ${heading.text} [#${slugify(heading.text)}]` });
    } else if (!SLUG_PATTERN.test(heading.id)) {
      context.problems.push({ file: path, line, field, message: `has the id "${heading.id}"; expected lower-case letters, digits and single hyphens` });
    } else if (seen.has(heading.id)) {
      context.problems.push({ file: path, line, field, message: `reuses the id "${heading.id}" (also on line ${seen.get(heading.id)}); expected each heading id once per page` });
    } else seen.set(heading.id, line);
  }
}

/** The order of sides across the site: Armenia's account, then Azerbaijan's, then others (the schema's list). */
const SIDE_ORDER: readonly string[] = SIDES;

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

