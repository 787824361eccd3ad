/**
 * A kind's canonical name follows the article's spelling: "armored vehicles" in an American text,
 * "armoured vehicles" in a British one, so names match what the article (and its reader) wrote.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['armour', 'armor'],
  ['defence', 'defense'],
  ['calibre', 'caliber'],
  ['metre', 'meter'],
];

export function followSpelling(name: string, surface: string): string {
  const lower = surface.toLowerCase();
  let out = name;
  for (const [uk, us] of PAIRS) {
    if (lower.includes(us) && out.includes(uk)) out = out.replaceAll(uk, us);
    else if (lower.includes(uk) && out.includes(us)) out = out.replaceAll(us, uk);
  }
  return out;
}
