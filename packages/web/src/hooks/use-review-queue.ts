import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { fetchReviewQueue } from '../api/observations.api.ts';
import type { ReviewQueueItem } from '../api/observation-types.ts';
import type { Page } from '../api/types.ts';
import { groupReviewQueue, type ReviewCityGroup } from '../lib/review-groups.ts';
import { queryKeys } from './query-keys.ts';
import { useReviewObservations } from './use-observation-changes.ts';

/** Values a reviewer sees at once (the API's largest page). */
const queueSize = 200;

/** The review queue, grouped, with a selection and the decision on it. */
export interface ReviewQueue {
  readonly queue: UseQueryResult<Page<ReviewQueueItem>>;
  readonly groups: readonly ReviewCityGroup[];
  readonly selected: ReadonlySet<string>;
  /** How many selected values are still in the queue. */
  readonly chosenCount: number;
  readonly toggle: (ids: readonly string[], on: boolean) => void;
  readonly comment: string;
  readonly setComment: (comment: string) => void;
  /** True after trying to return values without a comment. */
  readonly commentMissing: boolean;
  readonly decide: (decision: 'approve' | 'return') => void;
  readonly review: ReturnType<typeof useReviewObservations>;
  /** What the last decision did, for the status line. */
  readonly done: { readonly decision: 'approve' | 'return'; readonly count: number } | undefined;
}

/** The values awaiting the user's review, and approving or returning a selection of them. */
export function useReviewQueue(): ReviewQueue {
  const queue = useQuery({
    queryKey: queryKeys.reviewQueue(),
    queryFn: ({ signal }) => fetchReviewQueue({ limit: queueSize, offset: 0 }, signal),
    staleTime: 0,
  });
  const groups = useMemo(() => groupReviewQueue(queue.data?.items ?? []), [queue.data]);
  const review = useReviewObservations();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const [done, setDone] = useState<ReviewQueue['done']>();
  const present = new Set((queue.data?.items ?? []).map((i) => i.id));
  const chosen = [...selected].filter((id) => present.has(id));

  return {
    queue,
    groups,
    selected,
    chosenCount: chosen.length,
    toggle: (ids, on) =>
      setSelected((previous) => {
        const next = new Set(previous);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    comment,
    setComment: (value) => {
      setComment(value);
      if (value.trim()) setCommentMissing(false);
    },
    commentMissing,
    decide: (decision) => {
      if (chosen.length === 0 || review.isPending) return;
      if (decision === 'return' && !comment.trim()) {
        setCommentMissing(true);
        return;
      }
      review.mutate(
        { ids: chosen, decision, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        {
          onSuccess: (result) => {
            setDone({ decision, count: result.ids.length });
            setSelected(new Set());
            setComment('');
          },
        },
      );
    },
    review,
    done,
  };
}
