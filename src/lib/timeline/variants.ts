/** Widths (px) the timeline SVG is drawn at; CSS shows the widest that fits its container, so text is never squeezed. */
export const VARIANT_WIDTHS = [288, 440, 680, 1040] as const;
