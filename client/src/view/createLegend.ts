/** The legend, drawn from the same palette tables as the stylesheet. */
import { DENIED_COLOR, KIND_LOOKS, RELATION_LOOKS, STATUS_LOOKS } from '../graph/palette.js';
import { CLAIM_STATUSES, ENTITY_KINDS, RELATION_TYPES } from '../graph/types.js';
import { h } from './dom.js';

function shapeSwatch(kind: (typeof ENTITY_KINDS)[number]): HTMLElement {
  const look = KIND_LOOKS[kind];
  return h('span', {
    class: `swatch shape-${look.shape}`,
    style: `--swatch:${look.color}`,
    'aria-hidden': 'true',
  });
}

function lineSwatch(
  color: string,
  style: string,
  arrow: boolean,
  crossed = false,
  thin = false,
): HTMLElement {
  const classes = [
    'line',
    `line-${style}`,
    arrow ? 'line-arrow' : '',
    crossed ? 'line-crossed' : '',
    thin ? 'line-thin' : '',
  ].join(' ');
  return h('span', { class: classes, style: `--swatch:${color}`, 'aria-hidden': 'true' });
}

export function createLegend(): HTMLElement {
  const kinds = ENTITY_KINDS.map((kind) => h('li', {}, shapeSwatch(kind), KIND_LOOKS[kind].label));
  const types = RELATION_TYPES.map((type) => {
    const look = RELATION_LOOKS[type];
    const swatch = lineSwatch(look.color, 'solid', look.directed, false, look.quiet);
    return h(
      'li',
      look.quiet ? { title: 'an official and the state they act for' } : {},
      swatch,
      look.label,
    );
  });
  const statuses = CLAIM_STATUSES.map((status) => {
    const look = STATUS_LOOKS[status];
    const denied = status === 'DENIED';
    return h(
      'li',
      {},
      lineSwatch(denied ? DENIED_COLOR : '#4a5263', look.lineStyle, false, denied),
      look.label,
    );
  });
  return h(
    'section',
    { class: 'legend', 'aria-label': 'Legend' },
    h('ul', {}, kinds),
    h('ul', {}, types),
    h('ul', {}, statuses),
    h('p', { class: 'legend-note' }, 'Width = claims · double border = pinned'),
  );
}
