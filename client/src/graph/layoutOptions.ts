/**
 * Layouts by name, each with commented defaults. Re-layout keeps the analyst's mental map: pinned
 * nodes stay where they are (fcose gets them as fixed constraints; the others lay out only the
 * unpinned nodes).
 */
import type { LayoutOptions, Position } from 'cytoscape';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force (fCoSE)',
  concentric: 'Concentric',
  breadthfirst: 'Hierarchy',
  grid: 'Grid',
};

const DEFAULTS: Readonly<Record<LayoutName, Record<string, unknown>>> = {
  fcose: {
    quality: 'default', // 'proof' is slower and rarely better for news graphs
    randomize: true, // overwritten to false when positions already mean something
    animate: false, // animation costs a lot past a few hundred nodes
    nodeRepulsion: 6500, // room for labels
    idealEdgeLength: 95, // long enough for edge labels
    nodeDimensionsIncludeLabels: true, // labels do not overlap their neighbours
    edgeElasticity: 0.45,
    nodeSeparation: 75,
    packComponents: true, // keeps disconnected pieces side by side
    padding: 40,
  },
  concentric: {
    minNodeSpacing: 40,
    animate: false,
    padding: 40,
    concentric: (node: { degree(includeLoops: boolean): number }) => node.degree(false),
    levelWidth: () => 2,
  },
  breadthfirst: { directed: false, spacingFactor: 1.2, animate: false, padding: 40 },
  grid: { avoidOverlap: true, avoidOverlapPadding: 30, animate: false, padding: 40 },
};

export interface PinnedNode {
  id: string;
  position: Position;
}

export interface LayoutRequest {
  name: LayoutName;
  pinned: readonly PinnedNode[];
  /** True when the current positions are worth starting from (after the first layout). */
  keepPositions: boolean;
  /** Fit the viewport after layout. */
  fit?: boolean;
  /** Nodes and edges in the view; large views get the faster draft layout. */
  elementCount?: number;
}

/** Above this many elements fcose runs at draft quality: 2,000 elements in under a second. */
export const DRAFT_LAYOUT_ABOVE = 1000;

export function layoutOptions(request: LayoutRequest): LayoutOptions {
  const base = { ...DEFAULTS[request.name], name: request.name, fit: request.fit ?? true };
  if (request.name !== 'fcose') return base as LayoutOptions;
  const fixed = request.pinned.map((pin) => ({ nodeId: pin.id, position: { ...pin.position } }));
  const large = (request.elementCount ?? 0) > DRAFT_LAYOUT_ABOVE;
  return {
    ...base,
    ...(large ? { quality: 'draft' } : {}),
    randomize: !request.keepPositions,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
  } as LayoutOptions;
}
