/** The gold annotation of one article (format in the annotation guidelines). */
import type { EntityKind, RelationType } from '../domain/kinds.js';

export interface GoldEntity {
  name: string;
  kind: EntityKind;
  aliases: string[];
  affiliation?: string;
  status?: 'required' | 'optional';
}

export interface GoldRelation {
  source: string;
  type: RelationType;
  target: string;
  status: 'required' | 'optional';
  evidence?: string;
}

export interface GoldGraph {
  article: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}
