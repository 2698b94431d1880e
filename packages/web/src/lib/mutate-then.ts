import type { UseMutationResult } from '@tanstack/react-query';

/**
 * Starts a mutation and runs `then` with its result when it succeeds — even when the component
 * that started it has unmounted meanwhile. TanStack Query drops the callbacks given to `mutate()`
 * once their component unmounts, and the lists a mutation refreshes often unmount the very form
 * that asked (an "Ask" button becomes a link to the request it made), so a navigation put there
 * would be lost on a slow machine. A failure is left to the mutation's `error`, which the form
 * shows; it is not thrown again here.
 */
export function mutateThen<TData, TVariables>(
  mutation: Pick<UseMutationResult<TData, Error, TVariables>, 'mutateAsync'>,
  variables: TVariables,
  then: (data: TData) => unknown,
): void {
  mutation.mutateAsync(variables).then(
    (data) => void then(data),
    () => undefined,
  );
}
