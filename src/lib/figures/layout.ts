import type { Figure } from '../../schemas/figure.ts';
import { casualtyLayout } from './casualties.ts';
import { commitmentsLayout } from './commitments.ts';
import { electionLayout } from './election.ts';
import { layoutToSvg, type FigureLayout } from './marks.ts';

/** The two widths every figure is drawn at: phones (from 320 px) and the text column on larger screens. */
export const FIGURE_WIDTHS = { narrow: 330, wide: 640 } as const;

/** Lay out any figure at `width`, choosing the drawing for its kind. */
export function layoutFigure(figure: Figure, width: number): FigureLayout {
  switch (figure.kind) {
    case 'election':
      return electionLayout(figure, width);
    case 'casualties':
      return casualtyLayout(figure, width);
    case 'commitments':
      return commitmentsLayout(figure, width);
  }
}

/** The SVG markup of a figure at both widths; CSS shows the one that suits the screen (and the wide one in print). */
export function figureSvgs(figure: Figure): { narrow: string; wide: string } {
  const label = `${figure.title}. ${figure.takeaway} The data table below gives every value.`;
  return {
    narrow: layoutToSvg(layoutFigure(figure, FIGURE_WIDTHS.narrow), label, 'figure-svg figure-svg-narrow'),
    wide: layoutToSvg(layoutFigure(figure, FIGURE_WIDTHS.wide), label, 'figure-svg figure-svg-wide'),
  };
}
