import { EntenteError } from '../errors/EntenteError.js';

/** Throws BAD_USER_INPUT unless `value` is a whole number from `min` to `max`. */
export function assertInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `${name} must be a whole number from ${min} to ${max}, got ${value}. Ask for less, or page with \`after\`.`,
    );
  }
  return value;
}
