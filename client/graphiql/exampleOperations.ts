/** Operations preloaded as tabs in the IDE: the questions an analyst asks first. */
export interface ExampleOperation {
  query: string;
  variables?: string;
  headers?: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    query: `# Who supplies Russia, and on what evidence?
query WhoSuppliesRussia {
  entity(id: "state:russia") {
    name
    relations(types: [SUPPLIES], direction: IN) {
      totalCount
      nodes {
        source { name kind }
        claimCount
        statuses
        claims(first: 3) {
          quote
          status
          article { title date source }
        }
      }
    }
  }
}`,
  },
  {
    query: `# North Korea's neighbourhood: who it is tied to, one hop out
query NorthKoreaNeighbourhood {
  neighborhood(id: "state:north-korea", depth: 1) {
    truncated
    nodes { id name kind degree }
    edges {
      type
      source { name }
      target { name }
      claimCount
      statuses
    }
  }
}`,
  },
  {
    query: `# Shortest paths from Antony Blinken to Kim Jong Un
query BlinkenToKim {
  paths(from: "official:antony-blinken", to: "official:kim-jong-un", maxLength: 4) {
    length
    nodes { name kind }
    edges { type source { name } target { name } }
  }
}`,
  },
  {
    query: `# Alliance blocs: states that ally with each other and condemn the others
query AllianceBlocs {
  blocs {
    id
    cohesion
    members { name }
  }
}`,
  },
  {
    query: `# Find entities by name or alias (accents and case do not matter)
query Search {
  search(text: "dprk", first: 5) { id name kind aliases degree }
  stats {
    articles
    claims
    entitiesByKind { kind count }
    relationsByType { type count }
  }
}`,
  },
  {
    query: `# Mutations need the API token: set it in the Headers tab below
mutation Ingest($articles: [ArticleInput!]!) {
  ingestArticles(articles: $articles) { index status articleId claims reason }
}`,
    variables: json({
      articles: [
        {
          title: 'Example',
          text: 'Russia condemned Japan on Monday. Japan and South Korea agreed to an alliance.',
        },
      ],
    }),
    headers: json({ Authorization: 'Bearer <ENTENTE_API_TOKEN>' }),
  },
];
