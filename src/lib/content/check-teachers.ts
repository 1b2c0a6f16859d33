// Teacher notes: one file per chapter, checked against the schema and against the chapter they are for.
import { teacherNotesSchema } from '../../schemas/teacher-notes.ts';
import { closestMatch } from '../suggest.ts';
import type { ChapterFacts } from './check-mdx.ts';
import { readEntryFile, record, strings, type CheckContext, type ContentText } from './context.ts';
import { schemaProblems } from './schema-problems.ts';

/**
 * Teacher notes: one file per chapter, named after its slug; one guidance entry per question of the chapter, in
 * order; every section id is one of that chapter's headings.
 */
export function checkTeacherNotes(files: ContentText[], context: CheckContext, outlines: ChapterFacts['outlines']) {
  for (const file of files) {
    const read = readEntryFile(file, 'set of teacher notes', 'chapter:, ages:, objectives:', context.problems);
    if (!read) continue;
    const { source, entry: notes } = read;
    const at = (path: (string | number)[]) => ({ file: file.path, line: source.lineOf(path) });
    context.problems.push(...schemaProblems(teacherNotesSchema, notes, source));
    const fileSlug = file.path.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (typeof notes.chapter === 'string' && notes.chapter !== fileSlug) {
      context.problems.push({ ...at(['chapter']), field: 'chapter', message: `"${notes.chapter}" does not match the file name "${fileSlug}.yaml"; expected the chapter's slug as the file name` });
    }
    if (typeof notes.chapter === 'string') context.refer('chapters', [notes.chapter], at(['chapter']), 'chapter', false);
    const guidance = Array.isArray(notes.questions) ? notes.questions.map(record) : [];
    guidance.forEach((g, i) => context.refer('sources', strings(g.sources), at(['questions', i, 'sources']), `questions[${i}].sources`));
    context.later(() => {
      const outline = typeof notes.chapter === 'string' ? outlines.get(notes.chapter) : undefined;
      if (!outline) return;
      if (guidance.length !== outline.questions) {
        context.problems.push({ ...at(['questions']), field: 'questions', message: `has ${guidance.length} ${guidance.length === 1 ? 'entry' : 'entries'}; expected ${outline.questions}, one for each question in the chapter's questions: list, in the same order` });
      }
      guidance.forEach((g, i) =>
        strings(g.sections).forEach((id, j) => {
          if (outline.sections.has(id)) return;
          const hint = closestMatch(id, outline.sections);
          context.problems.push({ ...at(['questions', i, 'sections']), field: `questions[${i}].sections[${j}]`, message: `"${id}" is not a section of chapter "${notes.chapter}"; ${hint ? `did you mean "${hint}"?` : 'expected one of its heading ids, the [#id] after a ## or ### heading'}` });
        }),
      );
    });
  }
}

