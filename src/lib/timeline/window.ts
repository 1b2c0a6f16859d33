import type { Chapter } from '../../schemas/chapter.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { dayRange } from '../dates.ts';

/** An event on a chapter's timeline, and whether it is faint context from another chapter. */
export interface WindowEvent {
  event: TimelineEvent;
  faint: boolean;
}

/**
 * The events a chapter's timeline shows: all of its own (background and aftermath included), plus other chapters'
 * events that fall inside its period, drawn faint. Keeps the input order.
 */
export function chapterWindow(events: TimelineEvent[], chapter: Pick<Chapter, 'slug' | 'period'>): WindowEvent[] {
  return events.flatMap((event): WindowEvent[] => {
    if (event.chapter === chapter.slug) return [{ event, faint: false }];
    const { first, last } = dayRange(event.date);
    const inside = last >= chapter.period.start && first <= chapter.period.end;
    return inside ? [{ event, faint: true }] : [];
  });
}
