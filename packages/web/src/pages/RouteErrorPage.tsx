import { ErrorState } from '../components/StatusMessages.tsx';

/**
 * Shown when a page fails to render or its code fails to load (often after a new release
 * replaced the files): reloading fetches the current version.
 */
export function RouteErrorPage({ error }: { readonly error: unknown }) {
  return <ErrorState error={error} onRetry={() => window.location.reload()} />;
}
