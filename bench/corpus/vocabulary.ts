/**
 * Word lists the corpus generator composes from. Official names are generated from given and
 * family names; organizations and weapons mix well-known names with generated ones so that a
 * large corpus has many distinct entities.
 */
// prettier-ignore
export const GIVEN_NAMES = [
  'Amara', 'Bogdan', 'Camila', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jamal',
  'Kwame', 'Leila', 'Mateo', 'Nadia', 'Olusegun', 'Priya', 'Rafael', 'Sofia', 'Tomasz', 'Usha',
  'Viktor', 'Wei', 'Yasmin', 'Zoran', 'Anders', 'Beatriz', 'Chinedu', 'Dalia', 'Emil', 'Fatima',
  'Gustavo', 'Hana', 'Ibrahim', 'Joanna', 'Kenji', 'Lucia', 'Mikhail', 'Nomvula', 'Omar', 'Petra',
];

// prettier-ignore
export const FAMILY_NAMES = [
  'Abadi', 'Brandt', 'Castillo', 'Demir', 'Eriksen', 'Fonseca', 'Gallo', 'Haddad', 'Ivanova',
  'Jovanovic', 'Kamara', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rahman',
  'Santos', 'Tanaka', 'Usmanov', 'Varga', 'Wozniak', 'Xu', 'Yilmaz', 'Zapata', 'Achebe', 'Bianchi',
  'Chowdhury', 'Dlamini', 'Esposito', 'Ferreira', 'Guerrero', 'Hoffmann', 'Ibrahimovic', 'Jensen',
  'Kowalski', 'Lopez', 'Mensah', 'Novak', 'Ortega', 'Pham', 'Rossi', 'Sato', 'Tembo', 'Volkov',
];

/** Titles of officials, each used before the name: "Foreign Minister Elena Petrov". */
// prettier-ignore
export const TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Defense Secretary',
  'Secretary of State', 'Interior Minister', 'Ambassador', 'General', 'Admiral', 'Chancellor',
  'Vice President', 'National Security Adviser', 'Deputy Foreign Minister', 'Army Chief',
];

// prettier-ignore
export const WELL_KNOWN_ORGANIZATIONS = [
  'United Nations', 'UN Security Council', 'NATO', 'African Union', 'European Union', 'ASEAN',
  'G7', 'G20', 'IAEA', 'Arab League', 'OSCE', 'Organization of American States', 'Hamas',
  'Hezbollah', 'Houthis', 'Wagner Group', 'Red Cross', 'World Bank', 'OPEC', 'Interpol',
];

/** Parts of generated organization names: "the Northern Liberation Front". */
// prettier-ignore
export const ORGANIZATION_PREFIXES = [
  'Northern', 'Southern', 'Eastern', 'Western', 'United', 'National', 'Popular', 'Revolutionary',
  'Islamic', 'Democratic', 'Coastal', 'Highland', 'Free', 'Patriotic', 'Federal', 'Regional',
];
// prettier-ignore
export const ORGANIZATION_SUFFIXES = [
  'Liberation Front', 'Defence Forces', 'Council', 'Alliance', 'Movement', 'Brigades',
  'Security Agency', 'Intelligence Service', 'Resistance', 'Army', 'Coalition', 'Guard',
];

// prettier-ignore
export const WELL_KNOWN_WEAPONS = [
  'artillery shells', 'ballistic missiles', 'cruise missiles', 'attack drones', 'munitions',
  'rocket-propelled grenades', 'anti-tank missiles', 'air defence systems', 'fighter jets',
  'armoured vehicles', 'small arms', 'howitzers', 'naval mines', 'surface-to-air missiles',
  'Javelin missiles', 'Stinger missiles', 'Bayraktar TB2 drones', 'Shahed drones',
  'HIMARS launchers', 'Patriot batteries', 'Leopard tanks', 'Iskander missiles', 'F-16 jets',
];

/** Parts of generated weapon names: "KX-21 drones". */
// prettier-ignore
export const WEAPON_CODES = ['KX', 'TR', 'HV', 'ZM', 'AL', 'VR', 'SK', 'BM', 'PT', 'GR', 'NX', 'DF'];
// prettier-ignore
export const WEAPON_CLASSES = [
  'drones', 'missiles', 'rockets', 'howitzers', 'tanks', 'radars', 'launchers', 'torpedoes',
];

// prettier-ignore
export const NEWS_AGENCIES = [
  'Wire', 'Global Desk', 'World Report', 'Meridian News', 'Continental Press', 'Daily Ledger',
];

// prettier-ignore
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];
