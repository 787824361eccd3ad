/** Field resolvers of the object types: each loads what it needs through the request's loaders. */
import { isSymmetric } from '../../domain/kinds.js';
import type { Direction } from '../../store/GraphStore.js';
import type { Article, Claim, Entity, Relation } from '../../domain/types.js';
import type { EdgeType } from '../../domain/kinds.js';
import { EntenteError } from '../../errors/EntenteError.js';
import { assertInRange } from '../../explore/assertInRange.js';
import { pageOfList, paginate } from '../../explore/paginate.js';
import type { ArticleSummary } from '../../store/GraphStore.js';
import type { ApiContext } from '../ApiContext.js';
import { withNodes } from './withNodes.js';

async function loadEntity(id: string, context: ApiContext, owner: string): Promise<Entity> {
  const entity = await context.loaders.entity.load(id);
  if (!entity)
    throw new EntenteError('INTERNAL', `${owner} refers to entity "${id}", which is not stored.`);
  return entity;
}

const entityResolvers = {
  affiliation: (entity: Entity, _: unknown, context: ApiContext) =>
    entity.affiliation ? context.loaders.entity.load(entity.affiliation) : null,
  degree: (entity: Entity, _: unknown, context: ApiContext) =>
    context.loaders.degree.load(entity.id),
  relations: async (
    entity: Entity,
    args: {
      types?: EdgeType[] | null;
      direction: Direction;
      first: number;
      after?: string | null;
    },
    context: ApiContext,
  ) => {
    const filter = { types: args.types ?? undefined };
    const relations = await context.loaders.relationsOf(filter, args.direction).load(entity.id);
    context.loaders.prime({ edges: relations });
    return withNodes(await paginate(pageOfList(relations), args, context.limits));
  },
  articles: async (entity: Entity, args: { first: number }, context: ApiContext) => {
    assertInRange('first', args.first, 0, context.limits.maxPageSize);
    return (await context.loaders.articlesMentioning.load(entity.id)).slice(0, args.first);
  },
};

const relationResolvers = {
  source: (relation: Relation, _: unknown, context: ApiContext) =>
    context.loaders.primedEntity(relation.source) ??
    loadEntity(relation.source, context, `Relation ${relation.id}`),
  target: (relation: Relation, _: unknown, context: ApiContext) =>
    context.loaders.primedEntity(relation.target) ??
    loadEntity(relation.target, context, `Relation ${relation.id}`),
  symmetric: (relation: Relation) => isSymmetric(relation.type),
  claims: async (relation: Relation, args: { first: number }, context: ApiContext) => {
    assertInRange('first', args.first, 0, context.limits.maxPageSize);
    return (await context.loaders.claims.load(relation.id)).slice(0, args.first);
  },
};

const claimResolvers = {
  speaker: (claim: Claim, _: unknown, context: ApiContext) =>
    claim.speaker ? context.loaders.entity.load(claim.speaker) : null,
  article: async (claim: Claim, _: unknown, context: ApiContext) => {
    const article = await context.loaders.article.load(claim.articleId);
    if (!article)
      throw new EntenteError('INTERNAL', `Claim ${claim.id} refers to a missing article.`);
    return article;
  },
};

const articleResolvers = {
  text: async (article: ArticleSummary | Article, _: unknown, context: ApiContext) =>
    'text' in article
      ? article.text
      : ((await context.loaders.article.load(article.id))?.text ?? ''),
  entities: async (article: ArticleSummary, _: unknown, context: ApiContext) => {
    const subgraph = await context.loaders.articleSubgraph.load(article.id);
    context.loaders.prime(subgraph);
    return subgraph.nodes;
  },
  relations: async (article: ArticleSummary, _: unknown, context: ApiContext) => {
    const subgraph = await context.loaders.articleSubgraph.load(article.id);
    context.loaders.prime(subgraph);
    return subgraph.edges;
  },
};

export const typeResolvers = {
  Entity: entityResolvers,
  Relation: relationResolvers,
  Claim: claimResolvers,
  Article: articleResolvers,
};
