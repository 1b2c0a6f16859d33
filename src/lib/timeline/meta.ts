import type { Category } from '../../schemas/event.ts';
import { formatDate } from '../format-date.ts';
import { CATEGORY_LABELS } from './shapes.ts';

/** What a mark needs besides its position: classes and an accessible name. */
export interface MarkMeta {
  category: Category;
  disputed: boolean;
  faint: boolean;
  dateLabel: string;
  ariaLabel: string;
  /** The event's chapter position (1-based), for the chapter filter. */
  ci: number;
}

/** A mark's metadata from its event: "27 May 2021, military, disputed: Six Armenian soldiers detained …". */
export function markMeta(event: { date: string; title: string; category: Category; confidence: string }, faint: boolean, ci: number): MarkMeta {
  const disputed = event.confidence === 'disputed';
  const dateLabel = formatDate(event.date);
  const kind = `${CATEGORY_LABELS[event.category].toLowerCase()}${disputed ? ', disputed' : ''}${faint ? ', context from another chapter' : ''}`;
  return { category: event.category, disputed, faint, dateLabel, ariaLabel: `${dateLabel}, ${kind}: ${event.title}`, ci };
}
