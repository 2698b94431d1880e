import { ValidationError, type FieldProblem } from '../errors';
import type { ConsultationEntry } from './report-document';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a consultation log: each entry has a real date, who took part and what was said.
 * @throws ValidationError naming every bad field
 */
export function assertValidConsultations(entries: readonly ConsultationEntry[]): void {
  const problems: FieldProblem[] = [];
  entries.forEach((e, i) => {
    const date = new Date(`${e.date}T00:00:00Z`);
    if (
      !ISO_DATE.test(e.date) ||
      Number.isNaN(date.getTime()) ||
      !date.toISOString().startsWith(e.date)
    )
      problems.push({ field: `consultations[${i}].date`, message: 'must be a date, YYYY-MM-DD' });
    if (!e.stakeholders.trim())
      problems.push({
        field: `consultations[${i}].stakeholders`,
        message: 'must name who took part',
      });
    if (!e.summary.trim())
      problems.push({
        field: `consultations[${i}].summary`,
        message: 'must say what was discussed',
      });
  });
  if (problems.length) throw new ValidationError('The consultation log has problems', problems);
}
