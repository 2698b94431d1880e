/** Placeholder while the page is built. */
export function ImportPage() {
  return null;
}
