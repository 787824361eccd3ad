/** Typed calls over the GraphQL documents; every panel goes through these. */
import { graphqlRequest } from './graphqlRequest.js';
import * as Q from './queries.js';
import type {
  ArticleRef,
  ClaimStatus,
  EntityRef,
  GraphBloc,
  GraphClaim,
  GraphEntity,
  GraphRelation,
  GraphSubgraph,
  RelationType,
} from '../graph/types.js';

export interface EntityDetails extends GraphEntity {
  /** Distinct claim relations (REPRESENTS links not counted). */
  degree: number;
  relations: {
    totalCount: number;
    nodes: {
      id: string;
      type: RelationType;
      claimCount: number;
      statuses: ClaimStatus[];
      source: EntityRef;
      target: EntityRef;
    }[];
  };
  articles: ArticleRef[];
}

export interface ClaimedRelation {
  id: string;
  type: RelationType;
  source: EntityRef & { aliases: string[] };
  target: EntityRef & { aliases: string[] };
  claims: GraphClaim[];
}

export interface PathResult {
  length: number;
  nodes: GraphEntity[];
  edges: GraphRelation[];
}

export interface ArticleDetails extends ArticleRef {
  text: string;
  entities: GraphEntity[];
  relations: (GraphRelation & {
    claims: {
      id: string;
      start: number;
      end: number;
      status: ClaimStatus;
      article: { id: string };
    }[];
  })[];
}

export interface Preview {
  diagnostics: string[];
  entities: {
    id: string;
    name: string;
    kind: GraphEntity['kind'];
    aliases: string[];
    affiliation: string | null;
  }[];
  relations: {
    source: string;
    target: string;
    type: RelationType;
    status: ClaimStatus;
    confidence: number;
    sentence: string;
  }[];
}

export interface IngestOutcome {
  index: number;
  articleId: string | null;
  status: 'STORED' | 'UNCHANGED' | 'REPLACED' | 'FAILED';
  claims: number;
  reason: string | null;
}

export interface ArticleInput {
  text: string;
  title?: string;
  source?: string;
  date?: string;
}

type OverviewRelation = GraphRelation & { source: GraphEntity; target: GraphEntity };

export interface OverviewPage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: OverviewRelation[];
}

export const explorerApi = {
  async search(text: string, first = 8): Promise<GraphEntity[]> {
    return (await graphqlRequest<{ search: GraphEntity[] }>(Q.SEARCH, { text, first })).search;
  },
  async neighborhood(id: string, depth = 1, limit = 200): Promise<GraphSubgraph> {
    const data = await graphqlRequest<{ neighborhood: GraphSubgraph }>(Q.NEIGHBORHOOD, {
      id,
      depth,
      limit,
    });
    return data.neighborhood;
  },
  async overviewPage(
    first: number,
    after: string | null,
    minClaims: number | null,
  ): Promise<OverviewPage> {
    const data = await graphqlRequest<{ relations: OverviewPage }>(Q.OVERVIEW, {
      first,
      after,
      minClaims,
    });
    return data.relations;
  },
  async entity(id: string): Promise<EntityDetails | null> {
    return (await graphqlRequest<{ entity: EntityDetails | null }>(Q.ENTITY_DETAILS, { id }))
      .entity;
  },
  /** The relation with its claims; null when it is no longer stored. */
  async relationClaims(relationId: string): Promise<ClaimedRelation | null> {
    const data = await graphqlRequest<{ relation: ClaimedRelation | null }>(Q.RELATION_CLAIMS, {
      id: relationId,
    });
    return data.relation;
  },
  async paths(from: string, to: string, maxLength = 4): Promise<PathResult[]> {
    return (await graphqlRequest<{ paths: PathResult[] }>(Q.PATHS, { from, to, maxLength })).paths;
  },
  async blocs(): Promise<GraphBloc[]> {
    return (await graphqlRequest<{ blocs: GraphBloc[] }>(Q.BLOCS)).blocs;
  },
  async articles(first = 100): Promise<{ totalCount: number; nodes: ArticleRef[] }> {
    return (
      await graphqlRequest<{ articles: { totalCount: number; nodes: ArticleRef[] } }>(Q.ARTICLES, {
        first,
      })
    ).articles;
  },
  async article(id: string): Promise<ArticleDetails | null> {
    return (await graphqlRequest<{ article: ArticleDetails | null }>(Q.ARTICLE, { id })).article;
  },
  async preview(text: string): Promise<Preview> {
    return (await graphqlRequest<{ previewExtraction: Preview }>(Q.PREVIEW, { text }))
      .previewExtraction;
  },
  async ingest(articles: ArticleInput[], token: string): Promise<IngestOutcome[]> {
    const data = await graphqlRequest<{ ingestArticles: IngestOutcome[] }>(
      Q.INGEST,
      { articles },
      { token },
    );
    return data.ingestArticles;
  },
};
