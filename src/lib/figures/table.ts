import { STATUS_LABELS } from '../../schemas/figure-commitments.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatDate } from '../format-date.ts';

/** A table cell: plain text, a date (shown as words on the page, ISO in the CSV), or source ids (links on the page, addresses in the CSV). */
export type Cell = string | { sources: readonly string[] } | { date: string };

/** A figure's data as a table: the same rows feed the page's accessible table and the CSV download. */
export interface FigureTable {
  columns: string[];
  rows: Cell[][];
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/** Every value of a figure, with who reported it, when, and its sources: nothing drawn is missing here. */
export function figureTable(figure: Figure): FigureTable {
  switch (figure.kind) {
    case 'election':
      return {
        columns: ['List', 'Type', 'Share (%)', 'Votes', 'Seats', 'Count', 'Note', 'Reported by', 'Date', 'Sources'],
        rows: [
          ...figure.lists.map((l): Cell[] => [
            l.name,
            l.type,
            num(l.share),
            num(l.votes),
            num(l.seats),
            l.count,
            l.note ?? '',
            l.reportedBy,
            { date: l.date },
            { sources: l.sources },
          ]),
          [
            'Turnout (share of registered voters)',
            '',
            num(figure.turnout.share),
            '',
            '',
            '',
            '',
            figure.turnout.reportedBy,
            { date: figure.turnout.date },
            { sources: figure.turnout.sources },
          ],
          ['Threshold for a party', 'party', num(figure.thresholds.party), '', '', '', '', 'Electoral law', '', { sources: figure.thresholds.sources }],
          [
            'Threshold for an alliance',
            'alliance',
            num(figure.thresholds.alliance),
            '',
            '',
            '',
            '',
            'Electoral law',
            '',
            { sources: figure.thresholds.sources },
          ],
          ['Seats in parliament', '', '', '', num(figure.totalSeats), '', '', '', '', { sources: [] }],
        ],
      };
    case 'casualties':
      return {
        columns: ['Series', 'Counted by', `Number of ${figure.unit}`, 'Up to', 'Qualifier', 'Also reported', 'Reported by', 'Date', 'Sources'],
        rows: figure.series.flatMap((s) =>
          s.points.map((p): Cell[] => [
            s.label,
            s.countedBy,
            num(p.value),
            num(p.high),
            p.qualifier,
            p.extra ?? '',
            p.reportedBy,
            { date: p.date },
            { sources: p.sources },
          ]),
        ),
      };
    case 'commitments':
      return {
        columns: ['Point', 'Title', 'What it required', `Status by ${formatDate(figure.asOf)}`, 'What happened', 'Sources'],
        rows: figure.points.map((p): Cell[] => [String(p.number), p.title, p.required, STATUS_LABELS[p.status], p.statusNote, { sources: p.sources }]),
      };
  }
}

/** Every source id a figure relies on, each once, in the order first used. */
export function figureSourceIds(figure: Figure): string[] {
  const ids = new Set<string>();
  if (figure.kind === 'commitments') figure.documentSources.forEach((id) => ids.add(id));
  for (const row of figureTable(figure).rows)
    for (const cell of row) if (typeof cell !== 'string' && 'sources' in cell) cell.sources.forEach((id) => ids.add(id));
  return [...ids];
}
