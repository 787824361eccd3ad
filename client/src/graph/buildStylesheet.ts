/**
 * The graph stylesheet, built from the palette tables: node shape and colour by kind, edge colour
 * by type, arrows on directed types only, line style by status, width by claim count, labels that
 * vanish when zoomed far out.
 */
import type { StylesheetJson } from 'cytoscape';
import { DENIED_COLOR, KIND_LOOKS, RELATION_LOOKS, STATUS_LOOKS } from './palette.js';
import { CLAIM_STATUSES, ENTITY_KINDS, RELATION_TYPES } from './types.js';

const FONT = '"Inter", "Segoe UI", system-ui, -apple-system, sans-serif';

const BASE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 12,
      'font-weight': 600,
      color: '#1d2330',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 6,
      'border-width': 2,
      'border-color': '#ffffff',
      'overlay-padding': 4,
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'line-color': '#9aa3b2',
      width: 'mapData(claimCount, 1, 8, 1.6, 7)',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 9,
      color: '#4a5263',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 9,
      'arrow-scale': 1.1,
      opacity: 0.9,
    },
  },
];

const KINDS: StylesheetJson = ENTITY_KINDS.map((kind) => ({
  selector: `node[kind = "${kind}"]`,
  style: {
    'background-color': KIND_LOOKS[kind].color,
    shape: KIND_LOOKS[kind].shape,
    width: KIND_LOOKS[kind].size,
    height: KIND_LOOKS[kind].size,
  },
}));

const TYPES: StylesheetJson = RELATION_TYPES.map((type) => ({
  selector: `edge[type = "${type}"]`,
  style: {
    'line-color': RELATION_LOOKS[type].color,
    'target-arrow-color': RELATION_LOOKS[type].color,
    'target-arrow-shape': RELATION_LOOKS[type].directed ? 'triangle' : 'none',
  },
}));

/** REPRESENTS: thin, grey, solid, a small arrow toward the state or organization. */
const QUIET: StylesheetJson = RELATION_TYPES.filter((type) => RELATION_LOOKS[type].quiet).map(
  (type) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      width: 1.2,
      'line-style': 'solid',
      'target-arrow-shape': 'vee',
      'arrow-scale': 0.6,
      'font-size': 8,
      color: '#8a909b',
      opacity: 0.8,
    },
  }),
);

const STATUSES: StylesheetJson = CLAIM_STATUSES.filter((status) => status !== 'DENIED').map(
  (status) => ({
    selector: `edge[status = "${status}"]`,
    style: { 'line-style': STATUS_LOOKS[status].lineStyle },
  }),
);

const DENIED: StylesheetJson = [
  {
    selector: 'edge[status = "DENIED"]',
    style: {
      'line-color': DENIED_COLOR,
      'target-arrow-color': DENIED_COLOR,
      'mid-target-arrow-shape': 'tee',
      'mid-target-arrow-color': '#6b7280',
      'mid-target-arrow-fill': 'filled',
      'arrow-scale': 1.4,
      color: '#8a909b',
      opacity: 0.75,
    },
  },
];

const STATES: StylesheetJson = [
  { selector: '.filtered', style: { display: 'none' } },
  {
    selector: 'node.pinned',
    style: { 'border-color': '#1d2330', 'border-style': 'double', 'border-width': 4 },
  },
  { selector: 'node.bloc-member', style: { 'background-color': 'data(blocColor)' } },
  { selector: 'node.bloc-outsider', style: { 'background-opacity': 0.25 } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
  { selector: 'node.path', style: { 'border-color': '#111827', 'border-width': 4 } },
  {
    selector: 'edge.path',
    style: { 'line-color': '#111827', 'target-arrow-color': '#111827', width: 6, opacity: 1 },
  },
  { selector: 'node.fresh', style: { 'border-color': '#f5c518', 'border-width': 5 } },
  {
    selector: 'node:selected',
    style: { 'border-color': '#111827', 'border-width': 5, 'font-size': 14 },
  },
  {
    selector: 'edge:selected',
    style: {
      'overlay-color': '#f5c518',
      'overlay-opacity': 0.35,
      'overlay-padding': 5,
      'font-size': 11,
    },
  },
];

export function buildStylesheet(): StylesheetJson {
  return [...BASE, ...KINDS, ...TYPES, ...STATUSES, ...DENIED, ...QUIET, ...STATES];
}
