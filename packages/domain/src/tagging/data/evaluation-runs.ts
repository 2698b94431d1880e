import { frameworkEvaluations, type FrameworkTextRecord, type NamedEvaluation } from '../evaluation-report';
import { compileTagger, taggedGoals } from '../tagger';
import { JRC_KEYWORDS, SDSN_KEYWORDS, SIRIS_KEYWORDS } from './index';

/**
 * The runs reported in docs/tagger-evaluation.md. SDSN and SIRIS were built independently of
 * the UN texts, so they are measured out of sample; the product suggests goals from SIRIS
 * (SDSN's generic terms, such as "Africa", cost it most of its precision). JRC's keywords were extracted from the framework texts themselves (the file even
 * carries them as a column), so its row is in-sample: shown for reference, not as evidence.
 */
export function taggerEvaluationRuns(records: readonly FrameworkTextRecord[]): NamedEvaluation[] {
  const run = (name: string, systems: Parameters<typeof compileTagger>[0]) => {
    const tagger = compileTagger(systems);
    return { name, predict: (text: string) => taggedGoals(tagger, text) };
  };
  return frameworkEvaluations(records, [
    run('SDSN', [SDSN_KEYWORDS]),
    run('SIRIS', [SIRIS_KEYWORDS]),
    run('JRC (in-sample)', [JRC_KEYWORDS]),
  ]);
}
