import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** A link of a static site that leads nowhere. */
export interface BrokenLink {
  /** The page, relative to the site's folder. */
  readonly page: string;
  readonly href: string;
  readonly reason: 'missing file' | 'missing anchor';
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * Checks every `href` and `src` of every page of a static site: relative links must reach a file
 * of the site and, with a `#fragment`, an element with that id. Links to other sites are not
 * followed (the export writes none that matter).
 */
export async function checkSiteLinks(
  dir: string,
): Promise<{ checked: number; broken: BrokenLink[] }> {
  const pages = await htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let known = ids.get(file);
    if (!known) {
      const text = await readFile(file, 'utf8');
      known = new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
      ids.set(file, known);
    }
    return known;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of pages) {
    const text = await readFile(page, 'utf8');
    for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decode(match[1] ?? '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      checked += 1;
      const [path = '', fragment] = href.split('#');
      const target = path ? join(dirname(page), decodeURIComponent(path)) : page;
      const where = relative(dir, page);
      if (!existsSync(target)) broken.push({ page: where, href, reason: 'missing file' });
      else if (fragment && target.endsWith('.html') && !(await idsOf(target)).has(fragment))
        broken.push({ page: where, href, reason: 'missing anchor' });
    }
  }
  return { checked, broken };
}
