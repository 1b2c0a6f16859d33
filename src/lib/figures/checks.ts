import type { Figure } from '../../schemas/figure.ts';
import { thresholdFor } from './election.ts';

/** A rule a figure's numbers break, located by its path in the YAML (e.g. ['lists', 2, 'seats']). */
export interface FigureIssue {
  path: (string | number)[];
  field: string;
  message: string;
}

/** How far from 100% shares may add up to before the check complains: rounding of each share. */
export const SHARE_TOLERANCE = 0.5;

/** Round away floating-point noise for messages: 86.92999 → 86.93. */
const tidy = (n: number) => Math.round(n * 100) / 100;

/** The sum of reported shares: used only to check the data, never shown as a figure. */
export function shareTotal(shares: readonly number[]): number {
  return tidy(shares.reduce((sum, share) => sum + share, 0));
}

/**
 * Rules on a figure's numbers that a schema cannot express: shares that should add up to about 100%, seats
 * that must add up to the size of parliament, lists with seats below their threshold without a note, points
 * out of order. Run only on a figure that already matches its schema.
 */
export function figureChecks(figure: Figure): FigureIssue[] {
  const issues: FigureIssue[] = [];
  if (figure.kind === 'election') {
    const seats = figure.lists.map((l) => l.seats);
    const seatSum = seats.reduce((a, b) => a + b, 0);
    if (seatSum !== figure.totalSeats) {
      issues.push({
        path: ['totalSeats'],
        field: 'lists[].seats',
        message: `add up to ${seatSum} (${seats.filter((s) => s > 0).join(' + ')}); expected ${figure.totalSeats}, the totalSeats of parliament`,
      });
    }
    const total = shareTotal(figure.lists.map((l) => l.share));
    if (figure.allLists && Math.abs(total - 100) > SHARE_TOLERANCE) {
      issues.push({
        path: ['allLists'],
        field: 'lists[].share',
        message: `add up to ${total}%; expected about 100% (±${SHARE_TOLERANCE}) because allLists is true. Check each share, or set allLists: false if some lists are left out`,
      });
    } else if (!figure.allLists && total > 100 + SHARE_TOLERANCE) {
      issues.push({ path: ['lists'], field: 'lists[].share', message: `add up to ${total}%; expected at most 100%. Check each share` });
    }
    figure.lists.forEach((list, i) => {
      const threshold = thresholdFor(figure, list);
      if (list.seats > 0 && list.share < threshold && !list.note) {
        issues.push({
          path: ['lists', i, 'seats'],
          field: `lists[${i}].seats`,
          message: `${list.seats} for "${list.name}", whose share ${list.share}% is below the ${list.type} threshold of ${threshold}%; expected a note saying why it has seats`,
        });
      }
      const previous = figure.lists[i - 1];
      if (previous && previous.share < list.share) {
        issues.push({
          path: ['lists', i, 'share'],
          field: `lists[${i}].share`,
          message: `${list.share} is larger than the list before it (${previous.share}); expected the lists largest first`,
        });
      }
    });
  }
  if (figure.kind === 'casualties') {
    figure.series.forEach((series, s) => {
      series.points.forEach((point, p) => {
        if (point.high !== undefined && point.high <= point.value) {
          issues.push({
            path: ['series', s, 'points', p, 'high'],
            field: `series[${s}].points[${p}].high`,
            message: `${point.high} is not above value ${point.value}; expected the upper end of a range, or no high at all`,
          });
        }
        const previous = series.points[p - 1];
        if (previous && previous.date > point.date) {
          issues.push({
            path: ['series', s, 'points', p, 'date'],
            field: `series[${s}].points[${p}].date`,
            message: `"${point.date}" is earlier than the point before it ("${previous.date}"); expected the points oldest first`,
          });
        }
      });
    });
  }
  if (figure.kind === 'commitments') {
    figure.points.forEach((point, i) => {
      if (point.number !== i + 1) {
        issues.push({
          path: ['points', i, 'number'],
          field: `points[${i}].number`,
          message: `${point.number} is not allowed here; expected ${i + 1} (points numbered 1, 2, 3… in the document's order)`,
        });
      }
    });
  }
  return issues;
}
