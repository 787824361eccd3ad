import { enumResolvers } from './enumResolvers.js';
import { mutationResolvers } from './mutationResolvers.js';
import { queryResolvers } from './queryResolvers.js';
import { typeResolvers } from './typeResolvers.js';

/** Every resolver of the schema. Resolvers stay thin: parse, call a use case, map the result. */
export function createResolvers() {
  return {
    ...enumResolvers,
    ...typeResolvers,
    Query: queryResolvers,
    Mutation: mutationResolvers,
  };
}
