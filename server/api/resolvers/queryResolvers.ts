import type { ClaimStatus, EdgeType, EntityKind } from '../../domain/kinds.js';
import { exploreNeighborhood } from '../../explore/exploreNeighborhood.js';
import { findBlocs } from '../../explore/findBlocs.js';
import { findPaths } from '../../explore/findPaths.js';
import { getStats } from '../../explore/getStats.js';
import { listArticles } from '../../explore/listArticles.js';
import { listEntities } from '../../explore/listEntities.js';
import { listRelations } from '../../explore/listRelations.js';
import { searchEntities } from '../../explore/searchEntities.js';
import type { ApiContext } from '../ApiContext.js';
import { previewExtraction } from './previewExtraction.js';
import { withNodes } from './withNodes.js';

type Maybe<T> = T | null | undefined;
type PageArgs = { first: number; after?: Maybe<string> };
const orUndefined = <T>(value: Maybe<T>): T | undefined => value ?? undefined;

export const queryResolvers = {
  entity: (_: unknown, args: { id: string }, context: ApiContext) =>
    context.loaders.entity.load(args.id),

  search: async (
    _: unknown,
    args: { text: string; kinds?: Maybe<EntityKind[]>; first: number },
    context: ApiContext,
  ) => {
    const entities = await searchEntities(context.store, args, context.limits);
    context.loaders.prime({ nodes: entities });
    return entities;
  },

  entities: async (
    _: unknown,
    args: PageArgs & { kind?: Maybe<EntityKind> },
    context: ApiContext,
  ) => {
    const connection = await listEntities(context.store, args.kind, args, context.limits);
    context.loaders.prime({ nodes: connection.edges.map((edge) => edge.node) });
    return withNodes(connection);
  },

  relation: (_: unknown, args: { id: string }, context: ApiContext) =>
    context.loaders.relation.load(args.id),

  relations: async (
    _: unknown,
    args: PageArgs & {
      types?: Maybe<EdgeType[]>;
      statuses?: Maybe<ClaimStatus[]>;
      from?: Maybe<string>;
      to?: Maybe<string>;
      minClaims?: Maybe<number>;
    },
    context: ApiContext,
  ) => {
    const filter = {
      types: orUndefined(args.types),
      statuses: orUndefined(args.statuses),
      from: orUndefined(args.from),
      to: orUndefined(args.to),
      minClaims: orUndefined(args.minClaims),
    };
    const connection = await listRelations(context.store, filter, args, context.limits);
    context.loaders.prime({ edges: connection.edges.map((edge) => edge.node) });
    return withNodes(connection);
  },

  neighborhood: async (
    _: unknown,
    args: {
      id: string;
      depth: number;
      limit: number;
      edgeLimit: number;
      types?: Maybe<EdgeType[]>;
      kinds?: Maybe<EntityKind[]>;
      statuses?: Maybe<ClaimStatus[]>;
    },
    context: ApiContext,
  ) => {
    const request = {
      id: args.id,
      depth: args.depth,
      limit: args.limit,
      edgeLimit: args.edgeLimit,
      types: orUndefined(args.types),
      kinds: orUndefined(args.kinds),
      statuses: orUndefined(args.statuses),
    };
    const subgraph = await exploreNeighborhood(context.store, request, context.limits);
    context.loaders.prime(subgraph);
    return subgraph;
  },

  paths: async (
    _: unknown,
    args: { from: string; to: string; maxLength: number; types?: Maybe<EdgeType[]> },
    context: ApiContext,
  ) => {
    const paths = await findPaths(context.store, args, context.limits);
    for (const path of paths) context.loaders.prime(path);
    return paths.map((path) => ({ ...path, length: path.edges.length }));
  },

  articles: async (_: unknown, args: PageArgs, context: ApiContext) =>
    withNodes(await listArticles(context.store, args, context.limits)),

  article: (_: unknown, args: { id: string }, context: ApiContext) =>
    context.loaders.article.load(args.id),

  stats: (_: unknown, __: unknown, context: ApiContext) => getStats(context.store),

  blocs: async (_: unknown, __: unknown, context: ApiContext) => {
    const blocs = await findBlocs(context.store, context.limits);
    for (const bloc of blocs) context.loaders.prime({ nodes: bloc.members });
    return blocs;
  },

  previewExtraction: (_: unknown, args: { text: string }, context: ApiContext) =>
    previewExtraction(args.text, context.config.maxArticleBytes),
};
