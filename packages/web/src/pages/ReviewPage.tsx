/** Placeholder while the page is built. */
export function ReviewPage() {
  return null;
}
