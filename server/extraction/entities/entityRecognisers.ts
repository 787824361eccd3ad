/** The entity recognisers, in the order they run: earlier units claim tokens first. */
import type { EntityRecogniser } from './EntityRecogniser.js';
import { markDemonymRoles } from './recognisers/markDemonymRoles.js';
import { nameWeaponKinds } from './recognisers/nameWeaponKinds.js';
import { recogniseContextualForms } from './recognisers/recogniseContextualForms.js';
import { recogniseIntroducedBodies } from './recognisers/recogniseIntroducedBodies.js';
import { recogniseGovernmentReferences } from './recognisers/recogniseGovernmentReferences.js';
import { recogniseNames } from './recognisers/recogniseNames.js';
import { recogniseOfficials } from './recognisers/recogniseOfficials.js';
import { recogniseSurnames } from './recognisers/recogniseSurnames.js';

export const ENTITY_RECOGNISERS: readonly EntityRecogniser[] = [
  recogniseNames,
  recogniseOfficials,
  recogniseContextualForms,
  recogniseGovernmentReferences,
  recogniseSurnames,
  recogniseIntroducedBodies,
  markDemonymRoles,
  nameWeaponKinds,
];
