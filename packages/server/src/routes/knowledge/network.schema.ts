import { z } from 'zod';

const PAIRING_KINDS = ['mentoring', 'exchange', 'study_visit'] as const;

/** A city asks a mentor city to pair with it. */
export const pairingRequestBody = z.object({
  /** mentoring, exchange or study_visit. */
  kind: z.enum(PAIRING_KINDS).describe('mentoring, exchange or study_visit'),
  /** The slug of the city asked to share its experience. */
  mentor: z.string().min(1).max(120).describe('Slug of the mentor city asked'),
  /** The first message of the pairing's thread. */
  message: z.string().trim().min(1).max(5000).describe('First message: who asks, and what for'),
  /** A short title of what the pairing is about. */
  title: z.string().max(300).nullish().describe('Title'),
});

/** The mentor city's answer to a request. */
export const pairingDecisionBody = z.discriminatedUnion('decision', [
  z.object({
    /** Accept: the pairing becomes active. */
    decision: z.literal('accept').describe('accept'),
  }),
  z.object({
    /** Decline: the pairing is closed, with the reason. */
    decision: z.literal('decline').describe('decline'),
    /** Why, for the asking city (required). */
    reason: z.string().trim().min(1).max(2000).describe('Why the request is declined'),
  }),
]);

/** The asking city withdraws its request. */
export const pairingWithdrawBody = z
  .object({
    /** Why, optionally. */
    reason: z.string().trim().max(2000).nullish().describe('Why the request is withdrawn'),
  })
  .optional();
