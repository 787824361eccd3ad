/** Tiny hand-built articles for the store contract: no extractor, every value chosen here. */
import { toEntityId } from '../../server/domain/ids.js';
import type { ClaimStatus, EntityKind, RelationType } from '../../server/domain/kinds.js';
import type { ExtractedEntity, ExtractedRelation } from '../../server/domain/types.js';
import type { ArticleRecord } from '../../server/store/GraphStore.js';

export function entity(
  kind: EntityKind,
  name: string,
  aliases: string[] = [],
  affiliation?: string,
): ExtractedEntity {
  const base = { id: toEntityId(kind, name), name, kind, aliases };
  return affiliation ? { ...base, affiliation } : base;
}

export function relation(
  type: RelationType,
  source: ExtractedEntity,
  target: ExtractedEntity,
  sentence: string,
  options: { status?: ClaimStatus; confidence?: number; start?: number; speaker?: string } = {},
): ExtractedRelation {
  const start = options.start ?? 0;
  const base = {
    source: source.id,
    target: target.id,
    type,
    status: options.status ?? 'asserted',
    confidence: options.confidence ?? 0.8,
    evidence: [{ sentence, start, end: start + sentence.length }],
  };
  return options.speaker ? { ...base, speaker: options.speaker } : base;
}

export interface ArticleSpec {
  id: string;
  key?: string;
  date?: string | null;
  source?: string | null;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

export function article(spec: ArticleSpec): ArticleRecord {
  const text =
    spec.relations.map((r) => r.evidence[0]?.sentence ?? '').join(' ') || `Article ${spec.id}.`;
  return {
    article: {
      id: spec.id,
      title: `Title ${spec.id}`,
      date: spec.date === undefined ? '2024-03-01' : spec.date,
      source: spec.source === undefined ? 'Reuters' : spec.source,
      url: null,
      contentHash: spec.id,
      text,
    },
    key: spec.key ?? `key-${spec.id}`,
    extraction: { entities: spec.entities, relations: spec.relations, diagnostics: [] },
  };
}

export const france = entity('State', 'France', ['French Republic']);
export const ukraine = entity('State', 'Ukraine');
export const russia = entity('State', 'Russia', ['Russian Federation']);
export const germany = entity('State', 'Germany');
export const turkiye = entity('State', 'Türkiye', ['Turkey']);
export const mirage = entity('Weapon', 'Mirage 2000');
export const nato = entity('Organization', 'NATO');
export const macron = entity('Official', 'Emmanuel Macron', ['Macron'], france.id);
export const iceland = entity('State', 'Iceland');

/** Three articles over five states, a weapon, an organisation and an official. */
export function sampleArticles(): ArticleRecord[] {
  return [
    article({
      id: 'a1',
      date: '2024-01-10',
      source: 'Reuters',
      entities: [france, ukraine, mirage, macron],
      relations: [
        relation('SUPPLIES', france, ukraine, 'France supplies Mirage jets to Ukraine.'),
        relation('MEETS', macron, ukraine, 'Macron met Ukrainian leaders in Kyiv.', {
          start: 40,
          status: 'asserted',
          confidence: 1,
        }),
      ],
    }),
    article({
      id: 'a2',
      date: '2024-02-20',
      source: 'AP',
      entities: [france, ukraine, russia],
      relations: [
        relation('SUPPLIES', france, ukraine, 'Paris reportedly sends more jets to Kyiv.', {
          status: 'alleged',
          confidence: 0.5,
        }),
        relation('CONDEMNS', france, russia, 'France condemned Russia.', { start: 50 }),
      ],
    }),
    article({
      id: 'a3',
      date: '2024-03-05',
      source: 'AFP',
      entities: [germany, turkiye, nato, russia],
      relations: [
        relation('ALLIES_WITH', turkiye, germany, 'Türkiye and Germany reaffirmed their alliance.'),
        relation('MEETS', germany, russia, 'Germany met Russia for talks.', {
          start: 60,
          status: 'denied',
        }),
        relation('ALLIES_WITH', germany, nato, 'Germany stands with NATO.', { start: 100 }),
      ],
    }),
  ];
}
