/** The GraphQL documents the explorer sends (contract: server/api/schema.graphql). */
const ENTITY = 'id name kind aliases degree affiliation { id name }';
const RELATION =
  'id type symmetric claimCount articleCount sources firstSeen lastSeen statuses confidence source { id } target { id }';
const CLAIM =
  'id quote start end status confidence speaker { id name } article { id title date source url }';

export const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { ${ENTITY} }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated nodes { ${ENTITY} } edges { ${RELATION} }
  }
}`;

export const OVERVIEW = `query Overview($first: Int, $after: String, $minClaims: Int) {
  relations(first: $first, after: $after, minClaims: $minClaims) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { ${RELATION} source { ${ENTITY} } target { ${ENTITY} } }
  }
}`;

export const ENTITY_DETAILS = `query EntityDetails($id: ID!) {
  entity(id: $id) {
    ${ENTITY}
    relations(first: 200) {
      totalCount
      nodes { id type claimCount statuses source { id name } target { id name } }
    }
    articles(first: 50) { id title date source }
  }
}`;

/** One relation by id with its claims, in one request. */
export const RELATION_CLAIMS = `query RelationClaims($id: ID!) {
  relation(id: $id) {
    id type source { id name aliases } target { id name aliases }
    claims(first: 100) { ${CLAIM} }
  }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength) {
    length nodes { ${ENTITY} } edges { ${RELATION} }
  }
}`;

export const BLOCS = `query Blocs { blocs { id cohesion members { id name } } }`;

export const ARTICLES = `query Articles($first: Int) {
  articles(first: $first) { totalCount nodes { id title date source url } }
}`;

export const ARTICLE = `query Article($id: ID!) {
  article(id: $id) {
    id title date source url text
    entities { ${ENTITY} }
    relations { ${RELATION} claims(first: 200) { id start end status article { id } } }
  }
}`;

export const PREVIEW = `query Preview($text: String!) {
  previewExtraction(text: $text) {
    diagnostics
    entities { id name kind aliases affiliation }
    relations { source target type status confidence sentence }
  }
}`;

export const INGEST = `mutation Ingest($articles: [ArticleInput!]!) {
  ingestArticles(articles: $articles) { index articleId status claims reason }
}`;
