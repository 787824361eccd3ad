/** Rolls mentions up into entities: one per kind and canonical name, with aliases and affiliation. */
import { toEntityId } from '../../domain/ids.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { ExtractedEntity } from '../../domain/types.js';
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { Mention } from '../document/Mention.js';
import { mentionKey } from '../document/Mention.js';

/** Mentions that stand for an entity in the article (news outlets and lone demonyms do not). */
export function isEntityMention(m: Mention, strongStates: ReadonlySet<string>): boolean {
  if (m.orgType === 'newsOutlet') return false;
  if (m.weak) return strongStates.has(m.name);
  return true;
}

export function strongStateNames(doc: ArticleDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences)
    for (const m of s.mentions) if (m.kind === 'State' && !m.weak) names.add(m.name);
  return names;
}

function surfaceOf(doc: ArticleDocument, m: Mention): string {
  return doc.text.slice(m.start, m.end).replace(/’/g, "'").replace(/\s+/g, ' ');
}

function addAlias(entity: ExtractedEntity, alias: string): void {
  const key = alias.toLowerCase();
  if (key === entity.name.toLowerCase() || entity.aliases.some((a) => a.toLowerCase() === key))
    return;
  entity.aliases.push(alias);
}

function ensureEntity(
  byKey: Map<string, ExtractedEntity>,
  kind: EntityKind,
  name: string,
): ExtractedEntity {
  const key = mentionKey({ kind, name });
  let entity = byKey.get(key);
  if (!entity) {
    entity = { id: toEntityId(kind, name), name, kind, aliases: [] };
    byKey.set(key, entity);
  }
  return entity;
}

export function buildEntities(doc: ArticleDocument): ExtractedEntity[] {
  const strong = strongStateNames(doc);
  const byKey = new Map<string, ExtractedEntity>();
  const affiliations: { entity: ExtractedEntity; kind: EntityKind; name: string }[] = [];
  for (const sentence of doc.sentences) {
    for (const m of sentence.mentions) {
      if (!isEntityMention(m, strong)) continue;
      const entity = ensureEntity(byKey, m.kind, m.name);
      if (m.via !== 'demonym') addAlias(entity, surfaceOf(doc, m));
      if (
        m.kind === 'Official' &&
        m.affiliation &&
        m.affiliationKind &&
        entity.affiliation === undefined
      ) {
        affiliations.push({ entity, kind: m.affiliationKind, name: m.affiliation });
        entity.affiliation = toEntityId(m.affiliationKind, m.affiliation);
      }
    }
  }
  for (const a of affiliations) ensureEntity(byKey, a.kind, a.name);
  return [...byKey.values()];
}
