import { describe, expect, it } from 'vitest';
import { leaderLine, placeLabels, shortLabel, wrapLabel, type Box, type LabelCandidate } from '../../../src/lib/map/labels.ts';

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A small deterministic random generator, so the crowded case is the same on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

describe('wrapLabel', () => {
  it('breaks a claim title after its colon, then wraps long parts by words', () => {
    expect(wrapLabel('Armenian account: about 800 m inside Armenia')).toEqual(['Armenian account:', 'about 800 m inside Armenia']);
    expect(wrapLabel('Azerbaijani account: inside Azerbaijan, near Yukhari Ayrim')).toEqual([
      'Azerbaijani account:',
      'inside Azerbaijan, near',
      'Yukhari Ayrim',
    ]);
  });

  it('leaves short labels whole', () => {
    expect(wrapLabel('Stepanakert')).toEqual(['Stepanakert']);
  });
});

describe('shortLabel', () => {
  it('keeps what comes before the first colon, comma or bracket', () => {
    expect(shortLabel('Armenian account: about 800 m inside Armenia')).toBe('Armenian account');
    expect(shortLabel('Agdam district, handed over 20 Nov 2020')).toBe('Agdam district');
    expect(shortLabel('Lachin corridor (about 5 km wide, as reported)')).toBe('Lachin corridor');
    expect(shortLabel('Lake Sevan')).toBe('Lake Sevan');
  });
});

describe('placeLabels', () => {
  it('flips a label left near the right edge of the frame', () => {
    const [edge] = placeLabels([{ id: 'c', text: 'Edge', x: 395, y: 50, priority: 0 }], 400, 200);
    expect(edge.anchor).toBe('end');
    expect(edge.box[2]).toBeLessThanOrEqual(398);
  });

  it('moves a label above or below its point when both sides are taken, instead of dropping it', () => {
    const reserved: Box[] = [
      [20, 90, 94, 110],
      [106, 90, 180, 110],
    ];
    const [label] = placeLabels([{ id: 'a', text: 'Kalbajar', x: 100, y: 100, priority: 0 }], 400, 200, { reserved });
    expect(label.anchor).toBe('middle');
    expect(label.box[3] <= 100 || label.box[1] >= 100).toBe(true);
  });

  it('centres an area label on the area, and puts a point label beside its point', () => {
    const [area, point] = placeLabels(
      [
        { id: 'area', text: 'Agdam district', x: 100, y: 60, priority: 0, centred: true },
        { id: 'point', text: 'Agdam', x: 300, y: 60, priority: 1 },
      ],
      400,
      200,
    );
    expect([area.anchor, area.tx]).toEqual(['middle', 100]);
    expect([point.anchor, point.tx]).toEqual(['start', 306]);
  });

  it('places the higher priority first when two labels compete for the same spot', () => {
    const placed = placeLabels(
      [
        { id: 'minor', text: 'A very long village name', x: 40, y: 20, priority: 5 },
        { id: 'claim', text: 'Azerbaijani account', x: 40, y: 20, priority: -5 },
      ],
      240,
      40,
    );
    expect(placed.map((l) => l.id)).toEqual(['claim']);
  });

  it('on a crowded frame, never overlaps two labels, a reserved box or the frame edge', () => {
    const random = seeded(7);
    const names = [
      'Kalbajar',
      'Lachin',
      'Stepanakert',
      'Armenian account: about 800 m inside Armenia',
      'Sev Lich',
      'Vardenis',
      'Agdam district, handed over 20 Nov 2020',
    ];
    const candidates: LabelCandidate[] = Array.from({ length: 80 }, (_, i) => ({
      id: `l${i}`,
      text: names[i % names.length],
      x: random() * 800,
      y: random() * 560,
      priority: random() * 10,
      centred: i % 3 === 0,
    }));
    const scale: Box = [10, 522, 160, 550];
    const placed = placeLabels(candidates, 800, 560, { reserved: [scale] });
    expect(placed.length).toBeGreaterThan(20);
    expect(placed.length).toBeLessThan(candidates.length);
    placed.forEach((a, i) => {
      expect(a.box[0]).toBeGreaterThanOrEqual(2);
      expect(a.box[2]).toBeLessThanOrEqual(798);
      expect(a.box[1]).toBeGreaterThanOrEqual(2);
      expect(a.box[3]).toBeLessThanOrEqual(558);
      expect(overlaps(a.box, scale), a.id).toBe(false);
      placed.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box), `${a.id} and ${b.id}`).toBe(false));
    });
  });
});

describe('two accounts of one site', () => {
  it('put each label on its own side, away from the other account, not over it', () => {
    // Two overlapping circles: the Armenian account to the west, the Azerbaijani to the east.
    const labels = placeLabels(
      [
        { id: 'armenian', text: 'Armenian account: about 800 m inside Armenia', x: 230, y: 120, priority: -20, away: [-1, 0] },
        { id: 'azerbaijani', text: 'Azerbaijani account: near Yukhari Ayrim', x: 260, y: 110, priority: -20, away: [1, 0] },
      ],
      500,
      260,
    );
    const [armenian, azerbaijani] = ['armenian', 'azerbaijani'].map((id) => labels.find((l) => l.id === id)!);
    expect(armenian.box[2]).toBeLessThanOrEqual(230);
    expect(azerbaijani.box[0]).toBeGreaterThanOrEqual(260);
  });

  it('without a direction, keeps the usual order (right first)', () => {
    const [label] = placeLabels([{ id: 'a', text: 'A', x: 100, y: 100, priority: 0 }], 400, 260);
    expect(label.anchor).toBe('start');
  });
});

describe('placeLabels and other markers', () => {
  const marker: Box = [120, 95, 130, 105];
  it("keeps an ordinary label off another point's dot", () => {
    const [label] = placeLabels([{ id: 'a', text: 'Vardenis', x: 100, y: 100, priority: 3 }], 400, 200, { markers: [marker] });
    expect(overlaps(label.box, marker)).toBe(false);
  });

  it('lets an important label (negative priority) cover a dot rather than be dropped', () => {
    const everywhere: Box[] = [[0, 0, 400, 200]];
    expect(placeLabels([{ id: 'minor', text: 'Vardenis', x: 100, y: 100, priority: 3 }], 400, 200, { markers: everywhere })).toEqual([]);
    expect(placeLabels([{ id: 'claim', text: 'Armenian account', x: 100, y: 100, priority: -20 }], 400, 200, { markers: everywhere })).toHaveLength(1);
  });
});

describe('leader lines', () => {
  it('run from 3 px off a point to the nearest edge of its label', () => {
    expect(leaderLine(100, 100, [120, 90, 180, 104])).toEqual([103, 100, 120, 100]);
    expect(leaderLine(100, 100, [40, 60, 90, 74])).toEqual([98.9, 97.2, 90, 74]);
  });

  it('tie labels set further out to their points, and only those', () => {
    const random = seeded(11);
    const candidates: LabelCandidate[] = Array.from({ length: 60 }, (_, i) => ({
      id: `l${i}`,
      text: 'Vardenis',
      x: 100 + random() * 200,
      y: 50 + random() * 100,
      priority: i,
    }));
    const placed = placeLabels(candidates, 400, 200);
    const far = placed.filter((l) => l.leader);
    expect(far.length).toBeGreaterThan(0);
    expect(far.length).toBeLessThan(placed.length);
    for (const l of placed) {
      if (!l.leader) continue;
      const [x1, y1, x2, y2] = l.leader;
      expect(Math.hypot(x1 - l.x, y1 - l.y)).toBeCloseTo(3, 0);
      // Rounded to 0.1 px, the end lies on the label's box.
      expect(x2 >= l.box[0] - 0.05 && x2 <= l.box[2] + 0.05 && y2 >= l.box[1] - 0.05 && y2 <= l.box[3] + 0.05).toBe(true);
      expect(Math.hypot(x2 - l.x, y2 - l.y), 'an outer-ring label is well away from its point').toBeGreaterThan(8);
    }
  });
});
