import type { ArticleInput } from '../../domain/types.js';
import { EntenteError } from '../../errors/EntenteError.js';
import { ingestArticles } from '../../ingestion/ingestArticles.js';
import type { ApiContext } from '../ApiContext.js';
import { assertCanWrite } from '../assertCanWrite.js';

/** Most articles in one ingestArticles call; larger batches go through `npm run ingest`. */
export const MAX_ARTICLES_PER_REQUEST = 100;
const MAX_NAME_LENGTH = 200;

export const mutationResolvers = {
  ingestArticles: async (_: unknown, args: { articles: ArticleInput[] }, context: ApiContext) => {
    assertCanWrite(context);
    if (args.articles.length > MAX_ARTICLES_PER_REQUEST) {
      throw new EntenteError(
        'BAD_USER_INPUT',
        `${args.articles.length} articles in one request; the most is ${MAX_ARTICLES_PER_REQUEST}. Send them in batches.`,
      );
    }
    const inputs = args.articles.map((article, index) => ({
      ...article,
      origin: `request[${index}]`,
    }));
    const report = await ingestArticles(context.store, inputs, {
      maxArticleBytes: context.config.maxArticleBytes,
    });
    return report.outcomes.map((outcome) => ({ ...outcome, reason: outcome.reason ?? null }));
  },

  deleteArticle: (_: unknown, args: { id: string }, context: ApiContext) => {
    assertCanWrite(context);
    return context.store.deleteArticle(args.id);
  },

  mergeEntities: (_: unknown, args: { keep: string; merge: string }, context: ApiContext) => {
    assertCanWrite(context);
    if (args.keep === args.merge) {
      throw new EntenteError('BAD_USER_INPUT', 'keep and merge are the same entity; pass two ids.');
    }
    return context.store.mergeEntities(args.keep, args.merge);
  },

  renameEntity: (_: unknown, args: { id: string; name: string }, context: ApiContext) => {
    assertCanWrite(context);
    const name = args.name.trim();
    if (name === '' || name.length > MAX_NAME_LENGTH) {
      throw new EntenteError(
        'BAD_USER_INPUT',
        `A name has 1 to ${MAX_NAME_LENGTH} characters; got ${name.length}.`,
      );
    }
    return context.store.renameEntity(args.id, name);
  },
};
