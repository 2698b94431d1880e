/** Placeholder while the page is built. */
export function DataEntryPage() {
  return null;
}
