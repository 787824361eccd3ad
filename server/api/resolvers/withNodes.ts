import type { Connection } from '../../explore/paginate.js';

/** A connection as the schema shows it: edges, and the same items again as `nodes`. */
export function withNodes<T>(connection: Connection<T>): Connection<T> & { nodes: T[] } {
  return { ...connection, nodes: connection.edges.map((edge) => edge.node) };
}
