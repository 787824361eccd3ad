/**
 * Alliance view: a colour per bloc (largest bloc first) and the bloc of every member state.
 */
import { BLOC_COLORS } from './palette.js';
import type { GraphBloc } from './types.js';

export interface BlocColoring {
  /** Blocs in display order with their colour. */
  blocs: (GraphBloc & { color: string; index: number })[];
  colorOf: Map<string, string>;
}

export function toBlocColors(blocs: readonly GraphBloc[]): BlocColoring {
  const ordered = [...blocs].sort(
    (a, b) => b.members.length - a.members.length || b.cohesion - a.cohesion,
  );
  const colored = ordered.map((bloc, index) => ({
    ...bloc,
    index,
    color: BLOC_COLORS[index % BLOC_COLORS.length] ?? '#888888',
  }));
  const colorOf = new Map<string, string>();
  for (const bloc of colored) for (const member of bloc.members) colorOf.set(member.id, bloc.color);
  return { blocs: colored, colorOf };
}
