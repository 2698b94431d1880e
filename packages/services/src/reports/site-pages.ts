import { posix } from 'node:path';
import { html, trusted, type Html } from './html/escape';
import { REPORT_CSS } from './html/report-styles';

/** A link from one page of the site to another path of it, relative so any server can host it. */
export function relativeHref(from: string, to: string): string {
  const [path = '', hash] = to.split('#');
  const rel = posix.relative(posix.dirname(from), path) || posix.basename(path);
  return hash === undefined ? rel : `${rel}#${hash}`;
}

/** A page of the static site: title, a navigation bar back home, and a body. */
export function sitePage(path: string, title: string, body: Html, lang = 'en'): string {
  const link = (to: string, label: string) =>
    html`<a href="${relativeHref(path, to)}">${label}</a>`;
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Frontrunner</title>
        <style>
          ${trusted(REPORT_CSS)}
        </style>
      </head>
      <body>
        <nav class="site-nav">
          ${link('index.html', 'Frontrunner')} · ${link('asean.html', 'ASEAN report')} ·
          ${link('data/all-public.zip', 'All public data (zip)')}
        </nav>
        <h1>${title}</h1>
        ${body}
      </body>
    </html>`.value;
}

/** A list of links. */
export function linkList(from: string, items: readonly { href: string; label: string }[]): Html {
  return html`<ul>
    ${items.map((i) => html`<li><a href="${relativeHref(from, i.href)}">${i.label}</a></li>`)}
  </ul>`;
}
