import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import published from '../content/published-anchors.json' with { type: 'json' };

const distDir = inject('distDir');

// Links that teachers and readers have shared must keep working. This list grows when a section is published;
// an id leaves it only on purpose (EDITING.md, "Renaming or removing a section").
describe('published section links still work', () => {
  it.each(Object.entries(published))('%s keeps every published section id', (path, ids) => {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const present = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    const missing = ids.filter((id) => !present.has(id));
    expect(missing, `ids missing from ${path}: put the [#id] back on the heading, or see EDITING.md`).toEqual([]);
  });
});
