import { isHeadline, type Disaggregation } from '@frontrunner/domain';

/**
 * A disaggregation in words, dimension by dimension, or `headline` (the caller's word for
 * "all") when it has none.
 *
 * @example
 * describeDisaggregation({ sex: 'female', age: '15-24' }, 'All') // 'age: 15-24, sex: female'
 */
export function describeDisaggregation(disaggregation: Disaggregation, headline: string): string {
  if (isHeadline(disaggregation)) return headline;
  return Object.keys(disaggregation)
    .sort()
    .map((dimension) => `${dimension.replace(/_/g, ' ')}: ${disaggregation[dimension]}`)
    .join(', ');
}
