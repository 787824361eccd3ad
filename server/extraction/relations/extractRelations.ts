/** Runs the relation rules over every sentence, with speech and pronoun context, and merges claims. */
import type { ExtractedEntity, ExtractedRelation } from '../../domain/types.js';
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import type { ExtractionOptions } from '../ExtractionOptions.js';
import { attributeSpeech } from './attributeSpeech.js';
import type { Claim } from './Claim.js';
import { coordinatedGroup, isActor, subjectGroup } from './clauses.js';
import { findTriggers } from './findTriggers.js';
import { mergeClaims } from './mergeClaims.js';
import { mainSubject } from './resolveSubjects.js';
import type { RelationContext } from './RelationContext.js';
import { DERIVED_RULES, RELATION_EXTRACTORS } from './relationExtractors.js';

/** How many earlier groups the context keeps for joint phrases. */
const MAX_GROUPS = 8;

function remember(ctx: RelationContext, sentence: Sentence, claims: Claim[]): void {
  const meetings = claims.filter((c) => c.type === 'MEETS').flatMap((c) => [c.source, c.target]);
  const actors = sentence.mentions.filter(isActor);
  const groups = actors
    .map((m) => coordinatedGroup(sentence, m, actors))
    .filter((g) => g.length >= 2);
  const plural = meetings.length >= 2 ? meetings : groups[groups.length - 1];
  if (plural) {
    ctx.plural = dedupeByName(plural);
    ctx.groups.push(ctx.plural);
    if (ctx.groups.length > MAX_GROUPS) ctx.groups.shift();
  }
  for (const m of actors) {
    if (m.kind === 'Official') ctx.lastOfficial = m;
    else ctx.lastSingular = m;
  }
  ctx.previousSubject = mainSubject(sentence)[0];
  for (const c of claims) {
    if (c.type === 'SUPPLIES' && c.target.kind === 'Weapon')
      ctx.supplies.push({ supplier: c.source, weapons: [c.target.name.toLowerCase()] });
  }
}

function dedupeByName(list: Mention[]): Mention[] {
  const seen = new Set<string>();
  return list.filter((m) =>
    seen.has(m.kind + m.name) ? false : (seen.add(m.kind + m.name), true),
  );
}

function claimsOf(ctx: RelationContext, sentence: Sentence): Claim[] {
  const triggers = findTriggers(sentence, ctx.knowledge);
  const claims: Claim[] = [];
  for (const rule of RELATION_EXTRACTORS) {
    if (rule.name === 'made-by' || triggers.length > 0)
      claims.push(...rule.extract(ctx, sentence, triggers));
  }
  for (const rule of DERIVED_RULES) claims.push(...rule.derive(ctx, claims));
  return claims;
}

export function extractRelations(
  doc: ArticleDocument,
  entities: ExtractedEntity[],
  options: ExtractionOptions,
): ExtractedRelation[] {
  const ctx: RelationContext = {
    doc,
    knowledge: doc.knowledge,
    speakers: attributeSpeech(doc),
    plural: [],
    groups: [],
    lastOfficial: undefined,
    lastSingular: undefined,
    previousSubject: undefined,
    supplies: [],
  };
  const claims: Claim[] = [];
  for (const sentence of doc.sentences) {
    const found = claimsOf(ctx, sentence);
    claims.push(...found);
    remember(ctx, sentence, found);
  }
  void subjectGroup;
  return mergeClaims(doc, claims, entities, options.minConfidence);
}
