import { describe, expect, it, vi } from 'vitest';
import { mutateThen } from './mutate-then.ts';

describe('mutateThen', () => {
  it('hands the result of a successful mutation to the follow-up', async () => {
    const then = vi.fn();
    const mutateAsync = vi.fn((n: number) => Promise.resolve(n * 2));
    mutateThen({ mutateAsync }, 21, then);
    await vi.waitFor(() => expect(then).toHaveBeenCalledWith(42));
    expect(mutateAsync).toHaveBeenCalledWith(21);
  });

  it('skips the follow-up on failure and leaves no unhandled rejection', async () => {
    const then = vi.fn();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      mutateThen({ mutateAsync: () => Promise.reject(new Error('409')) }, undefined, then);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(then).not.toHaveBeenCalled();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
