import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../src/lib/mdx/components.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { casualtyFigureSchema, casualtyPointSchema, casualtySeriesSchema } from '../../src/schemas/figure-casualties.ts';
import { commitmentSchema, commitmentsFigureSchema } from '../../src/schemas/figure-commitments.ts';
import { electionFigureSchema, electionListSchema } from '../../src/schemas/figure-election.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { mapAreaSchema } from '../../src/schemas/map-area.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { questionGuidanceSchema, teacherNotesSchema } from '../../src/schemas/teacher-notes.ts';
import { updateSchema } from '../../src/schemas/update.ts';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'EDITING.md'), 'utf8');
const section = (heading: string) => guide.split(`### ${heading}`)[1]?.split(/\n###? /)[0] ?? '';

// A field or component that exists only in code is a rule editors cannot know about.
describe('EDITING.md documents everything editors can write', () => {
  it.each([
    ['Chapter settings', chapterSchema],
    ['Page settings', pageSchema],
    ['Event fields', eventSchema],
    ['Place fields', placeSchema],
    ['Source fields', sourceSchema],
    ['Glossary fields', glossaryTermSchema],
    ['Update fields (content/updates.yaml)', updateSchema],
    ['Election figure fields', electionFigureSchema],
    ['Election figure fields', electionListSchema],
    ['Casualty figure fields', casualtyFigureSchema],
    ['Casualty figure fields', casualtySeriesSchema],
    ['Casualty figure fields', casualtyPointSchema],
    ['Commitments figure fields', commitmentsFigureSchema],
    ['Commitments figure fields', commitmentSchema],
    ['Map area fields', mapAreaSchema],
    ['Teacher notes fields (content/teachers/)', teacherNotesSchema],
    ['Teacher notes fields (content/teachers/)', questionGuidanceSchema],
  ] as const)('%s: every schema field', (heading, schema) => {
    // Fields every figure shares are documented once, under "Figure fields (all kinds)".
    const text = section(heading) + (heading.includes('figure') ? section('Figure fields (all kinds)') : '');
    expect(text, `no "### ${heading}" section`).not.toBe('');
    for (const field of Object.keys(schema.shape)) expect(text, field).toContain(`\`${field}\``);
  });

  it('every MDX component', () => {
    for (const name of Object.keys(MDX_COMPONENTS)) expect(guide).toContain(`\`<${name}>\``);
  });
});
