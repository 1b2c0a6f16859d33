// The YAML lists: sources, places, glossary, updates and map areas; each entry against its schema, then its references.
import type { z } from 'astro/zod';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { mapAreaSchema } from '../../schemas/map-area.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { updateSchema } from '../../schemas/update.ts';
import { record, strings, text, type CheckContext, type Collection, type ContentText, type ContentTexts } from './context.ts';
import { inRegion, REGION_WORDS } from '../map/region.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** The entries of each list that could be read, for the checks that run across collections. */
export type ListEntries = Record<string, Array<{ entry: Record<string, unknown>; source: YamlSource; index: number }>>;

export function checkLists(content: ContentTexts, context: CheckContext): ListEntries {
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
      context.problems.push({ file: expectedPath, field: 'file', message: 'is missing; expected a YAML list of entries' });
      context.unreadable.add(collection);
      continue;
    }
    const { source, problems: yamlProblems } = parseYamlSource(file.path, file.text);
    context.problems.push(...yamlProblems);
    if (!source) {
      context.unreadable.add(collection);
      continue;
    }
    if (!Array.isArray(source.data)) {
      context.unreadable.add(collection);
      context.problems.push({ file: file.path, line: 1, field: 'file', message: 'is not a list; expected entries that each start with "- id:"' });
      continue;
    }
    source.data.forEach((raw, index) => {
      const entry = record(raw);
      const label = text(entry.id) ?? `entry ${index + 1}`;
      context.problems.push(...schemaProblems(schema, raw, source, [index], label));
      context.define(collection, entry.id, { file: file.path, line: source.lineOf([index, 'id']) }, `${label} › id`);
      listEntries[collection].push({ entry, source, index });
    });
  }
  for (const { entry, source, index } of listEntries.places ?? []) {
    const label = text(entry.id) ?? `entry ${index + 1}`;
    context.refer('sources', strings(entry.sources), { file: source.file, line: source.lineOf([index, 'sources']) }, `${label} › sources`);
    const { lat, lon } = entry;
    if (typeof lat === 'number' && typeof lon === 'number' && !inRegion(lat, lon) && entry.outsideRegion !== true) {
      context.problems.push({
        file: source.file,
        line: source.lineOf([index, 'lat']),
        field: `${label} › lat/lon`,
        message: `${lat}, ${lon} is outside the South Caucasus (${REGION_WORDS}); check for swapped or mistyped numbers, or add outsideRegion: true`,
      });
    }
  }
  for (const { entry, source, index } of listEntries.updates ?? []) {
    if (typeof entry.chapter === 'string') {
      context.refer('chapters', [entry.chapter], { file: source.file, line: source.lineOf([index, 'chapter']) }, `${text(entry.id) ?? `entry ${index + 1}`} › chapter`, false);
    }
  }
  for (const { entry, source, index } of listEntries.glossary ?? []) {
    const label = text(entry.id) ?? `entry ${index + 1}`;
    context.refer('sources', strings(entry.sources), { file: source.file, line: source.lineOf([index, 'sources']) }, `${label} › sources`);
  }
  for (const { entry, source, index } of listEntries.areas ?? []) {
    const label = text(entry.id) ?? `entry ${index + 1}`;
    context.refer('sources', strings(entry.sources), { file: source.file, line: source.lineOf([index, 'sources']) }, `${label} › sources`);
    if (typeof entry.event === 'string') context.refer('events', [entry.event], { file: source.file, line: source.lineOf([index, 'event']) }, `${label} › event`, false);
  }

  return listEntries;
}
