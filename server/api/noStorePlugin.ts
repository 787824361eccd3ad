/**
 * `cache-control: no-store` on every GraphQL response, as Apollo's cache-control plugin sets it
 * when no field carries a cache hint (ours carry none). That plugin is switched off because it
 * follows the resolution of every field, which made large subgraphs several times slower.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export function createNoStorePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
