// Events: one YAML file each, against the schema, with references and a date inside its chapter's period.
import { dayRange } from '../dates.ts';
import { eventSchema } from '../../schemas/event.ts';
import { checkIdMatchesFileName, readEntryFile, record, strings, type CheckContext, type ContentText } from './context.ts';
import { showValue } from './problem.ts';
import { parseEntry } from './schema-problems.ts';
import type { ReadEvent } from './standards.ts';

/** Check the event files; returns each valid event, parsed once (filled once the checks have run). */
export function checkEvents(files: ContentText[], context: CheckContext, periods: Map<string, { start: string; end: string }>): ReadEvent[] {
  const events: ReadEvent[] = [];
  for (const file of files) {
    const read = readEntryFile(file, 'event', 'id:, date:, title:', context.problems);
    if (!read) continue;
    const { source, entry: event } = read;
    const { data: parsed, problems } = parseEntry(eventSchema, event, source);
    context.problems.push(...problems);
    checkIdMatchesFileName(file, event, source, context.problems);
    context.define('events', event.id, { file: file.path, line: source.lineOf(['id']) });
    const at = (path: (string | number)[]) => ({ file: file.path, line: source.lineOf(path) });
    if (typeof event.chapter === 'string') context.refer('chapters', [event.chapter], at(['chapter']), 'chapter', false);
    context.refer('places', strings(event.places), at(['places']), 'places');
    context.refer('sources', strings(event.sources), at(['sources']), 'sources');
    (Array.isArray(event.claims) ? event.claims : []).forEach((claim, i) =>
      context.refer('sources', strings(record(claim).sources), at(['claims', i, 'sources']), `claims[${i}].sources`),
    );
    context.later(() => {
      const period = typeof event.chapter === 'string' ? periods.get(event.chapter) : undefined;
      if (parsed) events.push({ file: file.path, data: parsed, lineOf: (field) => source.lineOf([field]) });
      if (!period || !parsed || parsed.outsidePeriod) return;
      const { first, last } = dayRange(parsed.date);
      if (last < period.start || first > period.end) {
        context.problems.push({
          ...at(['date']),
          field: 'date',
          message: `${showValue(parsed.date)} is outside the period of chapter "${event.chapter}" (${period.start} to ${period.end}); expected a date inside it, or add outsidePeriod: true if it is background or aftermath`,
        });
      }
    });
  }

  return events;
}
