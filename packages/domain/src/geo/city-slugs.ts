import { foldToAscii } from './ascii';

/**
 * Turns a text into a URL slug: ASCII lowercase letters, digits and single hyphens, no hyphen at
 * either end. Diacritics are folded; other characters separate words.
 * @example slugify('Ho Chi Minh City') // 'ho-chi-minh-city'
 */
export function slugify(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug of an item that has nothing sluggable in its name. */
const EMPTY_SLUG = 'place';

/**
 * Gives every item a unique slug, built from as few of its qualifiers as needed. Each item lists
 * its qualifiers from general to specific — for a city `[asciiName, countryIso3, province]`. All
 * items start from the first; every item of a group that shares a slug takes one more qualifier
 * (so both "san-fernando"s become "san-fernando-phl-la-union" and
 * "san-fernando-phl-pampanga", and neither keeps the bare name); items still sharing a slug when
 * qualifiers run out are numbered `-2`, `-3`… in input order. The result depends on the input
 * order only in that last case: sort the input first.
 * @returns the slugs, in input order
 * @example uniqueSlugs([['Hue', 'VNM'], ['Hue', 'VNM', 'Thua Thien']]) // ['hue-vnm', 'hue-vnm-thua-thien']
 */
export function uniqueSlugs(qualifiers: readonly (readonly string[])[]): string[] {
  const depth = qualifiers.map(() => 1);
  const slugAt = (i: number): string =>
    slugify((qualifiers[i] ?? []).slice(0, depth[i]).join(' ')) || EMPTY_SLUG;
  for (;;) {
    const groups = groupIndexes(qualifiers.map((_, i) => slugAt(i)));
    let deepened = false;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const i of group) {
        if ((depth[i] ?? 0) < (qualifiers[i]?.length ?? 0)) {
          depth[i] = (depth[i] ?? 0) + 1;
          deepened = true;
        }
      }
    }
    if (!deepened) break;
  }
  return numberDuplicates(qualifiers.map((_, i) => slugAt(i)));
}

function groupIndexes(slugs: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  slugs.forEach((slug, i) => groups.set(slug, [...(groups.get(slug) ?? []), i]));
  return groups;
}

/** Keeps the first of each duplicate slug and numbers the others, skipping slugs in use. */
function numberDuplicates(slugs: readonly string[]): string[] {
  const taken = new Set(slugs);
  const seen = new Set<string>();
  return slugs.map((slug) => {
    if (!seen.has(slug)) {
      seen.add(slug);
      return slug;
    }
    let n = 2;
    while (taken.has(`${slug}-${n}`)) n++;
    taken.add(`${slug}-${n}`);
    return `${slug}-${n}`;
  });
}
