import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { casualtyLayout, countScale, pointLabel } from '../../../src/lib/figures/casualties.ts';
import { figureChecks, shareTotal } from '../../../src/lib/figures/checks.ts';
import { csvField, tableToCsv } from '../../../src/lib/figures/csv.ts';
import { electionLayout, seatSegments, shareScale, thresholdFor, thresholdMarks } from '../../../src/lib/figures/election.ts';
import { formatReported, formatShortDate, wrapText } from '../../../src/lib/figures/format.ts';
import { labelsOverlap, placeLabels } from '../../../src/lib/figures/labels.ts';
import { FIGURE_WIDTHS, figureSvgs, layoutFigure } from '../../../src/lib/figures/layout.ts';
import { layoutToSvg } from '../../../src/lib/figures/marks.ts';
import { escapeXml } from '../../../src/lib/markup.ts';
import { figureSourceIds, figureTable } from '../../../src/lib/figures/table.ts';
import type { CasualtyFigure } from '../../../src/schemas/figure-casualties.ts';
import type { ElectionFigure } from '../../../src/schemas/figure-election.ts';
import { figureSchema, type Figure } from '../../../src/schemas/figure.ts';
import { CASUALTY_FIXTURE, COMMITMENTS_FIXTURE, ELECTION_FIXTURE } from '../../fixtures/figures.ts';

const load = (id: string) => figureSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../../content/figures', `${id}.yaml`), 'utf8')));
// The real figures, for the rules every figure must follow; the values the tests name come from the fixtures.
const real = { election: load('election-2021') as ElectionFigure, deaths: load('war-deaths-2020') as CasualtyFigure, ceasefire: load('ceasefire-points') };
const all: Figure[] = Object.values(real);

describe('placeLabels', () => {
  it('centres a lone label on its anchor', () => {
    expect(placeLabels([{ anchor: 100, width: 40 }], 0, 300)).toEqual([{ x: 80, lane: 0 }]);
  });

  it('keeps labels inside the drawing at both edges', () => {
    const [left, right] = placeLabels(
      [
        { anchor: 2, width: 40 },
        { anchor: 299, width: 40 },
      ],
      0,
      300,
    );
    expect(left.x).toBe(0);
    expect(right.x + 40).toBe(300);
  });

  it('moves a label that would collide to the next lane, and never lets two labels overlap', () => {
    const requests = [2783, 2900, 2425, 3773].map((v) => ({ anchor: v / 20, width: 120 }));
    const placed = placeLabels(requests, 0, 330);
    expect(new Set(placed.map((p) => p.lane)).size).toBeGreaterThan(1);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(labelsOverlap({ ...placed[i], width: 120 }, { ...placed[j], width: 120 })).toBe(false);
  });

  it('returns labels in the order they were given', () => {
    const placed = placeLabels(
      [
        { anchor: 200, width: 10 },
        { anchor: 10, width: 10 },
      ],
      0,
      300,
    );
    expect(placed[0].x).toBeGreaterThan(placed[1].x);
  });
});

describe('the election figure (fixture)', () => {
  const election = ELECTION_FIXTURE;
  it('draws the seat segments edge to edge, in proportion to the seats, for the lists that won any', () => {
    const segments = seatSegments(election.lists, election.totalSeats, 0, 100);
    expect(segments.map((s) => s.name)).toEqual(['Party A', 'Alliance B', 'Alliance C']);
    expect(segments.map((s) => Math.round(s.width))).toEqual([70, 25, 5]);
    expect(segments.at(-1)!.x + segments.at(-1)!.width).toBeCloseTo(100);
  });

  it('draws the 5% and 7% thresholds at their place on the share axis, and each list against its own', () => {
    const scale = shareScale(election, 0, 600);
    expect(scale.domain()).toEqual([0, 60]);
    const [party, alliance] = thresholdMarks(election, scale);
    expect(party.x).toBeCloseTo(50);
    expect(alliance.x).toBeCloseTo(70);
    expect(thresholdFor(election, { type: 'party' })).toBe(5);
    expect(thresholdFor(election, { type: 'alliance' })).toBe(7);
  });

  it('shows the lists that did not pass, in outline, instead of dropping them', () => {
    const { marks } = electionLayout(election, FIGURE_WIDTHS.narrow);
    const texts = marks.filter((m) => m.type === 'text').map((m) => (m as { text: string }).text);
    expect(texts).toContain('Party D');
    expect(marks.filter((m) => m.className === 'fig-outline')).toHaveLength(1);
    expect(texts).toContain('3.1% (preliminary), no seats');
  });
});

describe('every figure', () => {
  it('keeps every mark inside the drawing at both widths, the real ones and the fixtures', () => {
    for (const width of Object.values(FIGURE_WIDTHS)) {
      for (const figure of [...all, ELECTION_FIXTURE, CASUALTY_FIXTURE, COMMITMENTS_FIXTURE]) {
        const layout = layoutFigure(figure, width);
        for (const mark of layout.marks) {
          if (mark.type === 'rect') expect(mark.x + mark.width).toBeLessThanOrEqual(width + 0.5);
          if (mark.type === 'line') expect(Math.max(mark.x1, mark.x2), `${figure.id} ${mark.className}`).toBeLessThanOrEqual(width + 0.5);
          if (mark.type === 'text' && (mark.anchor ?? 'start') === 'start') expect(mark.x).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});

describe('figureChecks', () => {
  const election = ELECTION_FIXTURE;
  it('passes the real figures and the fixtures', () => {
    for (const figure of [...all, ELECTION_FIXTURE, CASUALTY_FIXTURE, COMMITMENTS_FIXTURE]) expect(figureChecks(figure)).toEqual([]);
  });

  it('reports seats that do not add up to the size of parliament', () => {
    const broken = { ...election, lists: election.lists.map((l, i) => (i === 0 ? { ...l, seats: 69 } : l)) };
    expect(figureChecks(broken)).toEqual([
      { path: ['totalSeats'], field: 'lists[].seats', message: 'add up to 99 (69 + 25 + 5); expected 100, the totalSeats of parliament' },
    ]);
  });

  it('wants shares of about 100% when every list is given, and at most 100% otherwise', () => {
    expect(shareTotal([53.91, 21.09, 5.22])).toBe(80.22);
    const complete = { ...election, allLists: true };
    expect(figureChecks(complete)[0].message).toMatch(/^add up to 89\.95%; expected about 100% \(±0\.5\) because allLists is true/);
    const rounded = {
      ...election,
      allLists: true,
      lists: [
        { ...election.lists[0], share: 60.2 },
        { ...election.lists[1], share: 39.6 },
        { ...election.lists[2], share: 0, note: 'n' },
      ],
    };
    expect(figureChecks(rounded).filter((i) => i.field === 'lists[].share')).toEqual([]);
    const over = { ...election, lists: election.lists.map((l, i) => (i === 0 ? { ...l, share: 75.5 } : l)) };
    expect(figureChecks(over).map((i) => i.message)).toContain('add up to 109.95%; expected at most 100%. Check each share');
  });

  it('asks for a note when a list below its threshold has seats', () => {
    const broken = { ...election, lists: election.lists.map((l) => ({ ...l, note: undefined })) };
    expect(figureChecks(broken).map((i) => i.message)).toEqual([
      '5 for "Alliance C", whose share 6.1% is below the alliance threshold of 7%; expected a note saying why it has seats',
    ]);
  });

  it('wants casualty points oldest first and commitments numbered in order', () => {
    const deaths = CASUALTY_FIXTURE;
    const reversed = { ...deaths, series: [{ ...deaths.series[0], points: [...deaths.series[0].points].reverse() }] };
    expect(figureChecks(reversed)[0].message).toBe('"2020-11" is earlier than the point before it ("2021-08-24"); expected the points oldest first');
    const commitments = COMMITMENTS_FIXTURE;
    const misnumbered = {
      ...commitments,
      points: commitments.kind === 'commitments' ? commitments.points.map((p, i) => ({ ...p, number: i === 2 ? 4 : p.number })) : [],
    } as Figure;
    expect(figureChecks(misnumbered)[0].message).toBe("4 is not allowed here; expected 3 (points numbered 1, 2, 3… in the document's order)");
  });
});

describe('the casualties figure (fixture)', () => {
  const deaths = CASUALTY_FIXTURE;
  it('puts every reported number on one shared axis that starts at zero', () => {
    const scale = countScale(deaths, 0, 100);
    expect(scale.domain()[0]).toBe(0);
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(5000);
  });

  it("labels each point with the number in its source's own terms, who gave it and when", () => {
    expect(pointLabel(deaths.series[0].points[1])).toEqual(['3,000; 200 missing', 'Minister One, 24 Aug 2021']);
    expect(pointLabel(deaths.series[2].points[0])).toEqual(['more than 5,000', 'A news agency, 27 May 2021']);
    expect(formatReported(6000, 'exact', 7000)).toBe('6,000–7,000');
    expect(formatShortDate('2020-11')).toBe('Nov 2020');
  });

  it('never shows a number that no source gave (nothing summed or averaged), in the fixture and the real figure', () => {
    for (const figure of [deaths, real.deaths]) {
      const given = new Set(
        figure.series.flatMap((s) => s.points.flatMap((p) => [p.value, ...(p.extra?.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')))])),
      );
      const { marks } = casualtyLayout(figure, FIGURE_WIDTHS.wide);
      const numbers = marks
        .filter((m) => m.type === 'text' && m.className.includes('fig-strong'))
        .flatMap((m) => ((m as { text: string }).text.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, ''))));
      for (const n of numbers) expect(given.has(n), `${figure.id}: ${n}`).toBe(true);
    }
  });
});

describe('tables, CSV and SVG', () => {
  it('lists every value with its sources; the CSV quotes fields that need it', () => {
    const election = ELECTION_FIXTURE;
    const table = figureTable(election);
    expect(table.rows.length).toBe(election.lists.length + 4);
    expect(figureSourceIds(election)).toEqual(['s1', 's2']);
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    const csv = tableToCsv(table, (id) => `<${id}>`);
    expect(csv.split('\r\n')[0]).toBe('List,Type,Share (%),Votes,Seats,Count,Note,Reported by,Date,Sources');
    expect(csv).toContain('Party A,party,55.5,500000,70,final,,The commission,2021-06-27,<s1>');
  });

  it('escapes text and writes no style attributes (the Content Security Policy forbids them)', () => {
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    const svg = layoutToSvg({ width: 10, height: 10, marks: [{ type: 'text', x: 0, y: 0, text: 'A & B', className: 'fig-text' }] }, 'L', 'c');
    expect(svg).toBe('<svg class="c" viewBox="0 0 10 10" role="img" aria-label="L"><text class="fig-text" x="0" y="0">A &amp; B</text></svg>');
    for (const figure of all) expect(Object.values(figureSvgs(figure)).join('')).not.toMatch(/style=/);
  });

  it.each(all.map((f) => [f.id, f] as const))('%s: both SVGs together stay under 15 KB gzipped', (_id, figure) => {
    const { narrow, wide } = figureSvgs(figure);
    expect(gzipSync(narrow + wide).length).toBeLessThan(15 * 1024);
  });

  it('wraps long requirement text to the width it is given', () => {
    const lines = wrapText('Armenia returns Kalbajar by 15 November and Lachin by 1 December 2020', 150, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Armenia returns Kalbajar by 15 November and Lachin by 1 December 2020');
  });
});
