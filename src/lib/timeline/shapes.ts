import type { Category } from '../../schemas/event.ts';

/** SVG path of each category's mark, centred on 0,0 (about 12 px): shape, not only colour, tells them apart. */
export const SHAPES: Record<Category, string> = {
  military: 'M0,-6.5L6,4.5L-6,4.5Z',
  diplomatic: 'M-5.5,0a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z',
  political: 'M-5,-5h10v10h-10Z',
  humanitarian: 'M0,-6.5L6.5,0L0,6.5L-6.5,0Z',
  legal: 'M0,6.5L6,-4.5L-6,-4.5Z',
};

/** Reader-facing name of each category. */
export const CATEGORY_LABELS: Record<Category, string> = {
  military: 'Military',
  diplomatic: 'Diplomatic',
  political: 'Political',
  humanitarian: 'Humanitarian',
  legal: 'Legal',
};
