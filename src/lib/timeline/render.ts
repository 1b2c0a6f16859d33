// The timeline chart as SVG markup: one pure function of the scene, used by the build (TimelineChart.astro) and by
// the browser when the reader zooms or filters (src/browser/timeline.ts), so both always draw the same thing.
import { element as el, escapeXml } from '../markup.ts';
import type { Era } from './eras.ts';
import type { MarkMeta } from './meta.ts';
import { AXIS_Y, SCENE_HEIGHT, type Scene } from './scene.ts';
import { SHAPES } from './shapes.ts';

/** The chart's layers, each the markup of one <g>'s children: redrawing replaces these and keeps the <svg>. */
export interface ChartLayers {
  eras: string;
  ticks: string;
  labels: string;
  marks: string;
}

/** A "+N" badge's accessible name: how many events it stands for and the dates they span. */
export function moreLabel(ids: string[], meta: (id: string) => MarkMeta): string {
  return `${ids.length} more events, ${meta(ids[0]).dateLabel} to ${meta(ids[ids.length - 1]).dateLabel}: zoom in or open the list`;
}

const hit = el('rect', { class: 'tl-hit', x: -11, y: -11, width: 22, height: 22 });

/** The markup of each layer for one scene; `meta` gives each event's classes and accessible name. */
export function chartLayers(scene: Scene, meta: (id: string) => MarkMeta): ChartLayers {
  const eras =
    scene.eras
      .map((era) =>
        el(
          'g',
          {},
          era.kind === 'dense' ? el('rect', { class: 'tl-era-band', x: era.x0, y: 0, width: era.x1 - era.x0, height: AXIS_Y }) : '',
          el('line', { class: 'tl-axis-line', x1: era.x0, x2: era.x1, y1: AXIS_Y, y2: AXIS_Y }),
          era.labelX !== undefined ? el('text', { class: 'tl-era-label', x: era.labelX, y: AXIS_Y + 38, 'text-anchor': 'middle' }, escapeXml(era.label)) : '',
        ),
      )
      .join('') + scene.breaks.map((x) => el('path', { class: 'tl-break', d: `M${x - 6},${AXIS_Y + 6}l5,-12M${x + 1},${AXIS_Y + 6}l5,-12` })).join('');
  const ticks = scene.ticks
    .map((tick) =>
      el('g', { transform: `translate(${tick.x} ${AXIS_Y})` }, el('line', { y2: 5 }), el('text', { y: 18, 'text-anchor': 'middle' }, escapeXml(tick.label))),
    )
    .join('');
  const labels = scene.labels
    .map((l) =>
      el(
        'g',
        { class: meta(l.id).faint ? 'tl-label tl-faint' : 'tl-label', 'data-id': l.id },
        el('line', { x1: l.anchorX, x2: l.anchorX, y1: l.leaderTop, y2: l.leaderBottom }),
        el('text', { x: l.align === 'start' ? l.x0 : l.x1, y: l.y, 'text-anchor': l.align }, escapeXml(l.text)),
      ),
    )
    .join('');
  const marks =
    scene.marks
      .map((m) => {
        const e = meta(m.id);
        const classes = ['tl-ev', `tl-cat-${e.category}`, e.disputed && 'tl-disputed', e.faint && 'tl-faint'].filter(Boolean).join(' ');
        return el(
          'a',
          { href: `#event-${m.id}`, class: classes, 'data-id': m.id, 'data-ci': e.ci, transform: `translate(${m.x} ${m.y})`, 'aria-label': e.ariaLabel },
          hit,
          el('path', { class: 'tl-shape', d: SHAPES[e.category] }),
        );
      })
      .join('') +
    scene.counts
      .map((c) =>
        el(
          'a',
          {
            href: `#event-${c.ids[0]}`,
            class: 'tl-more',
            'data-ids': c.ids.join(' '),
            transform: `translate(${c.x} ${c.y})`,
            'aria-label': moreLabel(c.ids, meta),
          },
          hit,
          el('rect', { class: 'tl-more-bg', x: -11, y: -9, width: 22, height: 18, rx: 9 }),
          el('text', { y: 4, 'text-anchor': 'middle' }, `+${c.ids.length}`),
        ),
      )
      .join('');
  return { eras, ticks, labels, marks };
}

/** The whole chart for one width: the <svg> with its title, description, eras (for the browser) and layers. */
export function chartSvg(scene: Scene, eras: Era[], meta: (id: string) => MarkMeta, text: { id: string; title: string; description: string }): string {
  const layers = chartLayers(scene, meta);
  return el(
    'svg',
    {
      class: 'tl-svg',
      'data-width': scene.width,
      'data-eras': JSON.stringify(eras),
      viewBox: `0 0 ${scene.width} ${SCENE_HEIGHT}`,
      width: scene.width,
      height: SCENE_HEIGHT,
      role: 'group',
      'aria-labelledby': `${text.id}-title`,
      'aria-describedby': `${text.id}-desc`,
    },
    el('title', { id: `${text.id}-title` }, escapeXml(text.title)),
    el('desc', { id: `${text.id}-desc` }, escapeXml(text.description)),
    el('g', { class: 'tl-eras' }, layers.eras),
    el('g', { class: 'tl-ticks' }, layers.ticks),
    el('g', { class: 'tl-labels' }, layers.labels),
    el('g', { class: 'tl-marks' }, layers.marks),
  );
}
