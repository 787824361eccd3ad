/** Constraints and indexes, created when missing at start (`IF NOT EXISTS`). */
import { ENTITY_KINDS, RELATION_TYPES } from '../../domain/kinds.js';

export interface SchemaStatement {
  name: string;
  vars?: Record<string, string>;
}

export function neo4jSchemaStatements(): SchemaStatement[] {
  return [
    ...['Entity', ...ENTITY_KINDS, 'Article', 'Claim', 'Correction'].map((label) => ({
      name: 'createConstraint',
      vars: { LABEL: label },
    })),
    { name: 'createArticleKeyIndex' },
    { name: 'createClaimRelationIndex' },
    { name: 'createClaimSourceIndex' },
    { name: 'createClaimTargetIndex' },
    ...RELATION_TYPES.map((type) => ({ name: 'createRelationIdIndex', vars: { TYPE: type } })),
  ];
}
