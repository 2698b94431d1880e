/**
 * The web app's public surface for other packages: where its build output lives, so the
 * server can serve it as static files. The app itself starts from `main.tsx`.
 */

/** The folder `npm run build` writes the app into (`packages/web/dist/`). */
export const webDistUrl: URL = new URL('../dist/', import.meta.url);
