/** Reads the kind and type encoded in stable ids (see server/domain/ids.ts). */
import type { EdgeType, EntityKind } from '../../domain/kinds.js';
import { ENTITY_KINDS, isEdgeType } from '../../domain/kinds.js';
import { EntenteError } from '../../errors/EntenteError.js';

const KIND_BY_PREFIX: ReadonlyMap<string, EntityKind> = new Map(
  ENTITY_KINDS.map((kind) => [kind.toLowerCase(), kind]),
);

/** The kind of an entity id such as `state:france`, or undefined when the id is malformed. */
export function kindOfEntityId(id: string): EntityKind | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? KIND_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

export function assertEntityKind(id: string): EntityKind {
  const kind = kindOfEntityId(id);
  if (!kind) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `"${id}" is not an entity id (expected e.g. state:france).`,
    );
  }
  return kind;
}

export interface RelationIdParts {
  type: EdgeType;
  source: string;
  target: string;
}

/** Splits `TYPE:source->target`; entity ids never contain `->`. */
export function toRelationIdParts(id: string): RelationIdParts | undefined {
  const colon = id.indexOf(':');
  const arrow = id.indexOf('->');
  if (colon < 0 || arrow < colon) return undefined;
  const type = id.slice(0, colon);
  if (!isEdgeType(type)) return undefined;
  return { type, source: id.slice(colon + 1, arrow), target: id.slice(arrow + 2) };
}
