/**
 * The visual vocabulary of the graph as data: one entry per entity kind and relation type.
 * The stylesheet and the legend are both built from these tables.
 */
import type { ClaimStatus, EntityKind, RelationType } from './types.js';

export interface KindLook {
  label: string;
  color: string;
  shape: 'round-rectangle' | 'ellipse' | 'diamond' | 'hexagon';
  size: number;
}

export interface RelationLook {
  label: string;
  color: string;
  /** Directed relations carry an arrow; MEETS and ALLIES_WITH do not. */
  directed: boolean;
  /** Thin and quiet: a structural link with no claims (REPRESENTS). */
  quiet?: boolean;
}

export interface StatusLook {
  label: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  description: string;
}

export const KIND_LOOKS: Readonly<Record<EntityKind, KindLook>> = {
  STATE: { label: 'State', color: '#2f6fdb', shape: 'round-rectangle', size: 34 },
  OFFICIAL: { label: 'Official', color: '#e39a1c', shape: 'ellipse', size: 28 },
  WEAPON: { label: 'Weapon', color: '#5b6472', shape: 'diamond', size: 30 },
  ORGANIZATION: { label: 'Organization', color: '#c2418a', shape: 'hexagon', size: 32 },
};

export const RELATION_LOOKS: Readonly<Record<RelationType, RelationLook>> = {
  SUPPLIES: { label: 'supplies', color: '#7b4bd6', directed: true },
  CONDEMNS: { label: 'condemns', color: '#d63b3b', directed: true },
  MEETS: { label: 'meets', color: '#1b93a8', directed: false },
  ALLIES_WITH: { label: 'allies with', color: '#2e9b4f', directed: false },
  REPRESENTS: { label: 'represents', color: '#a3a8b0', directed: true, quiet: true },
};

export const STATUS_LOOKS: Readonly<Record<ClaimStatus, StatusLook>> = {
  ASSERTED: { label: 'asserted', lineStyle: 'solid', description: 'solid line' },
  ALLEGED: { label: 'alleged', lineStyle: 'dashed', description: 'dashed line' },
  PLANNED: { label: 'planned', lineStyle: 'dotted', description: 'dotted line' },
  DENIED: { label: 'denied', lineStyle: 'solid', description: 'grey, crossed' },
};

/** Colours for alliance blocs, in order; states outside every bloc stay neutral. */
export const BLOC_COLORS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
] as const;

export const DENIED_COLOR = '#a3a8b0';
