/**
 * A seeded graph for store-level runs, built directly as stored records (articles with their
 * extraction) rather than from text through the extractor, so that a million claims load in
 * minutes. Entities: every UN member state plus generated officials, organizations and weapons;
 * claims: relation sentences of every type and status between them, with skewed popularity so
 * that the graph has hubs as news graphs do. Records come in batches, for a bulk load.
 */
import { toArticleId, toEntityId } from '../../server/domain/ids.js';
import { CLAIM_STATUSES, RELATION_TYPES } from '../../server/domain/kinds.js';
import type { ClaimStatus, EntityKind, RelationType } from '../../server/domain/kinds.js';
import type { ExtractedEntity, ExtractedRelation } from '../../server/domain/types.js';
import type { ArticleRecord } from '../../server/store/GraphStore.js';
import { createPicker } from '../corpus/createPicker.js';
import type { Picker } from '../corpus/createPicker.js';
import { createRandom } from '../corpus/createRandom.js';
import type { Random } from '../corpus/createRandom.js';
import { loadStates } from '../corpus/loadStates.js';
import { RELATION_TEMPLATES } from '../corpus/relationTemplates.js';
import { toEntityName } from './toEntityName.js';

export interface GraphOptions {
  entities: number;
  claims: number;
  seed: number;
  /** Records per batch handed to the store. */
  batchSize: number;
  claimsPerArticle: number;
}

export const GRAPH_DEFAULTS: GraphOptions = {
  entities: 100_000, // the large graph of the query targets
  claims: 1_000_000,
  seed: 7,
  batchSize: 5_000, // articles per bulk batch
  claimsPerArticle: 10, // a dense wire story
};

export interface GeneratedGraph {
  entities: ExtractedEntity[];
  batches(): Generator<ArticleRecord[]>;
}

/** Share of generated (non-state) entities per kind. */
const KIND_SHARES: [EntityKind, number][] = [
  ['Official', 0.55],
  ['Organization', 0.25],
  ['Weapon', 0.2],
];
const STATUS_WEIGHTS = [6, 2, 1, 1];

export function generateGraph(options: Partial<GraphOptions> = {}): GeneratedGraph {
  const settings = { ...GRAPH_DEFAULTS, ...options };
  const random = createRandom(settings.seed);
  const entities = createEntities(random, settings.entities);
  const pickers = createKindPickers(random, entities);
  return { entities, batches: () => createBatches(settings, pickers) };
}

function createEntities(random: Random, total: number): ExtractedEntity[] {
  const states = loadStates().map((state) => toEntity('State', state.name));
  const rest = Math.max(0, total - states.length);
  const others = KIND_SHARES.flatMap(([kind, share]) =>
    Array.from({ length: Math.round(rest * share) }, (_, index) =>
      toEntity(kind, toEntityName(kind, index)),
    ),
  );
  for (const official of others.filter((entity) => entity.kind === 'Official')) {
    official.affiliation = (random.pick(states) as ExtractedEntity).id;
  }
  return [...states, ...others];
}

function toEntity(kind: EntityKind, name: string): ExtractedEntity {
  return { id: toEntityId(kind, name), name, kind, aliases: [] };
}

type KindPickers = Record<EntityKind, Picker<ExtractedEntity>>;

function createKindPickers(random: Random, entities: ExtractedEntity[]): KindPickers {
  const of = (kind: EntityKind): Picker<ExtractedEntity> =>
    createPicker(
      random,
      entities.filter((entity) => entity.kind === kind),
      0.8,
    );
  return {
    State: of('State'),
    Official: of('Official'),
    Organization: of('Organization'),
    Weapon: of('Weapon'),
  };
}

function* createBatches(settings: GraphOptions, pickers: KindPickers): Generator<ArticleRecord[]> {
  const random = createRandom(settings.seed + 1);
  let batch: ArticleRecord[] = [];
  for (let claims = 0, index = 0; claims < settings.claims; index += 1) {
    const size = Math.min(
      settings.claims - claims,
      random.int(settings.claimsPerArticle - 4, settings.claimsPerArticle + 4),
    );
    batch.push(createRecord(random, pickers, index, size));
    claims += size;
    if (batch.length >= settings.batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function createRecord(
  random: Random,
  pickers: KindPickers,
  index: number,
  claims: number,
): ArticleRecord {
  const used = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  let text = `Report ${index}.`;
  for (let claim = 0; claim < claims; claim += 1) {
    const type = random.pick(RELATION_TYPES);
    const [source, target] = pickParties(random, pickers, type);
    const status = CLAIM_STATUSES[random.weighted(STATUS_WEIGHTS)] as ClaimStatus;
    const sentence = random.pick(RELATION_TEMPLATES[type][status])({
      a: source.name,
      b: target.name,
      weapon: pickers.Weapon().name,
      when: 'last week',
      place: pickers.State().name,
      reporter: 'officials',
    });
    const start = text.length + 1;
    text += ` ${sentence}`;
    used.set(source.id, source).set(target.id, target);
    const evidence = [{ sentence, start, end: start + sentence.length }];
    relations.push({
      source: source.id,
      target: target.id,
      type,
      status,
      confidence: 0.5 + random.next() * 0.45,
      evidence,
    });
  }
  return toRecord(random, index, text, [...used.values()], relations);
}

function pickParties(
  random: Random,
  pickers: KindPickers,
  type: RelationType,
): [ExtractedEntity, ExtractedEntity] {
  const actor = (): ExtractedEntity =>
    random.chance(0.75) ? pickers.State() : pickers.Organization();
  let pair: [ExtractedEntity, ExtractedEntity];
  if (type === 'SUPPLIES') pair = [actor(), random.chance(0.4) ? pickers.Weapon() : actor()];
  else if (type === 'MEETS') pair = [pickers.Official(), pickers.Official()];
  else if (type === 'CONDEMNS') pair = [random.chance(0.4) ? pickers.Official() : actor(), actor()];
  else pair = [actor(), actor()];
  return pair[0].id === pair[1].id ? pickParties(random, pickers, type) : pair;
}

function toRecord(
  random: Random,
  index: number,
  text: string,
  entities: ExtractedEntity[],
  relations: ExtractedRelation[],
): ArticleRecord {
  const id = toArticleId(text);
  const date = `${2015 + random.int(0, 10)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const url = `https://news.example/graph/${index}`;
  return {
    article: { id, title: `Report ${index}`, date, source: 'Wire', url, contentHash: id, text },
    key: url,
    extraction: { entities, relations, diagnostics: [] },
  };
}
