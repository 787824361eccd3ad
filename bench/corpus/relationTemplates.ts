/**
 * Sentence templates for every relation type and claim status, in wire-story wording. A
 * template receives the mentions of both parties and the context words and returns one sentence.
 * Add a template to a list to widen the corpus; nothing else changes.
 */
import type { ClaimStatus, RelationType } from '../../server/domain/kinds.js';

export interface TemplateSlots {
  /** Mention of the source (supplier, critic, one party). */
  a: string;
  /** Mention of the target (recipient, condemned party, other party). */
  b: string;
  weapon: string;
  /** A time phrase: "on Tuesday", "last month". */
  when: string;
  /** A city, usually a capital. */
  place: string;
  /** Who reported the claim: an organization or "officials". */
  reporter: string;
}

export type RelationTemplate = (slots: TemplateSlots) => string;
type TemplateTable = Record<RelationType, Record<ClaimStatus, RelationTemplate[]>>;

// prettier-ignore
export const RELATION_TEMPLATES: TemplateTable = {
  SUPPLIES: {
    asserted: [
      (s) => `${s.a} has supplied ${s.weapon} to ${s.b} ${s.when}, ${s.reporter} said.`,
      (s) => `${s.a} delivered a new batch of ${s.weapon} to ${s.b} ${s.when}.`,
      (s) => `${s.a} shipped ${s.weapon} to ${s.b}, according to customs records seen by ${s.reporter}.`,
      (s) => `The transfer of ${s.weapon} from ${s.a} to ${s.b} was completed ${s.when}.`,
    ],
    alleged: [
      (s) => `${s.a} is alleged to have sent ${s.weapon} to ${s.b}, ${s.reporter} said.`,
      (s) => `${s.reporter} accused ${s.a} of secretly providing ${s.weapon} to ${s.b}.`,
      (s) => `${s.a} reportedly sold ${s.weapon} to ${s.b} ${s.when}, according to ${s.reporter}.`,
    ],
    denied: [
      (s) => `${s.a} denied supplying ${s.weapon} to ${s.b}.`,
      (s) => `${s.a} rejected claims that it had sold ${s.weapon} to ${s.b} ${s.when}.`,
      (s) => `Officials in ${s.place} insisted that ${s.a} never provided ${s.weapon} to ${s.b}.`,
    ],
    planned: [
      (s) => `${s.a} plans to deliver ${s.weapon} to ${s.b} next year.`,
      (s) => `${s.a} will supply ${s.weapon} to ${s.b} under a deal signed ${s.when}.`,
      (s) => `${s.a} agreed to send ${s.weapon} to ${s.b} by the end of the year, ${s.reporter} said.`,
    ],
  },
  CONDEMNS: {
    asserted: [
      (s) => `${s.a} condemned ${s.b} ${s.when} over the strikes near the border.`,
      (s) => `${s.a} strongly criticized ${s.b} for its latest missile test.`,
      (s) => `${s.a} denounced ${s.b} in a statement issued in ${s.place}.`,
      (s) => `${s.a} accused ${s.b} of violating the ceasefire ${s.when}.`,
    ],
    alleged: [
      (s) => `${s.a} is said to have privately criticized ${s.b}, ${s.reporter} reported.`,
      (s) => `${s.a} reportedly condemned ${s.b} during closed-door talks, according to ${s.reporter}.`,
    ],
    denied: [
      (s) => `${s.a} denied that it had condemned ${s.b}, calling the report false.`,
      (s) => `${s.a} did not condemn ${s.b}, a spokesperson in ${s.place} said.`,
    ],
    planned: [
      (s) => `${s.a} is expected to condemn ${s.b} at the summit next week.`,
      (s) => `${s.a} will denounce ${s.b} in a resolution due ${s.when}.`,
    ],
  },
  MEETS: {
    asserted: [
      (s) => `${s.a} met ${s.b} in ${s.place} ${s.when}.`,
      (s) => `${s.a} held talks with ${s.b} ${s.when} on the sidelines of the summit.`,
      (s) => `${s.a} and ${s.b} met in ${s.place} to discuss border security.`,
      (s) => `${s.a} spoke by phone with ${s.b} ${s.when}, ${s.reporter} said.`,
    ],
    alleged: [
      (s) => `${s.a} reportedly met ${s.b} in secret in ${s.place}, according to ${s.reporter}.`,
      (s) => `${s.a} is said to have held talks with ${s.b} ${s.when}.`,
    ],
    denied: [
      (s) => `${s.a} denied meeting ${s.b} in ${s.place}.`,
      (s) => `${s.a} never met ${s.b}, a spokesperson said, dismissing the report.`,
    ],
    planned: [
      (s) => `${s.a} will meet ${s.b} in ${s.place} next month.`,
      (s) => `${s.a} is expected to hold talks with ${s.b} at the summit next week.`,
      (s) => `${s.a} plans to visit ${s.place} to meet ${s.b} ${s.when}.`,
    ],
  },
  ALLIES_WITH: {
    asserted: [
      (s) => `${s.a} and ${s.b} signed a defence pact in ${s.place} ${s.when}.`,
      (s) => `${s.a} reaffirmed its alliance with ${s.b} ${s.when}.`,
      (s) => `${s.a} and ${s.b} closed ranks on regional security, ${s.reporter} said.`,
      (s) => `${s.a}, a close ally of ${s.b}, pledged deeper security cooperation.`,
    ],
    alleged: [
      (s) => `${s.a} is reportedly forming a secret alliance with ${s.b}, according to ${s.reporter}.`,
      (s) => `${s.reporter} said ${s.a} had quietly allied with ${s.b}.`,
    ],
    denied: [
      (s) => `${s.a} denied any alliance with ${s.b}.`,
      (s) => `${s.a} rejected reports of a military partnership with ${s.b}.`,
    ],
    planned: [
      (s) => `${s.a} and ${s.b} plan to sign a security partnership next year.`,
      (s) => `${s.a} will join an alliance with ${s.b}, officials in ${s.place} said.`,
    ],
  },
};
