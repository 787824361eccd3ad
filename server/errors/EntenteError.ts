/**
 * The one error type of Entente. Every boundary (GraphQL formatError, Express error middleware,
 * CLI top level) turns unknown errors into one of these codes.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'WRITES_DISABLED',
  'READ_ONLY_VIOLATION',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'QUERY_TIMEOUT',
  'QUERY_TOO_COMPLEX',
  'STORE_UNAVAILABLE',
  'CONFIG_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Where in an input an error lies. */
export interface ErrorLocation {
  article?: string;
  line?: number;
  start?: number;
  end?: number;
}

export interface EntenteErrorOptions {
  cause?: unknown;
  location?: ErrorLocation;
}

export class EntenteError extends Error {
  override readonly name = 'EntenteError';
  readonly code: ErrorCode;
  readonly location: ErrorLocation | undefined;

  constructor(code: ErrorCode, message: string, options: EntenteErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.location = options.location;
  }
}

export function isEntenteError(value: unknown): value is EntenteError {
  return value instanceof EntenteError;
}

/** Normalises anything thrown into an EntenteError; unknown errors become INTERNAL. */
export function toEntenteError(value: unknown): EntenteError {
  if (isEntenteError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new EntenteError('INTERNAL', message, { cause: value });
}

/** HTTP status for each code, used by the Express error middleware. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  WRITES_DISABLED: 403,
  READ_ONLY_VIOLATION: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  QUERY_TIMEOUT: 408,
  QUERY_TOO_COMPLEX: 400,
  STORE_UNAVAILABLE: 503,
  CONFIG_INVALID: 500,
  INTERNAL: 500,
};
