import { auditService, LOCAL_OPERATOR, type AuditEntryView } from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { output, withDatabase } from '../context';

/** `frontrunner audit --city SLUG`: the audit trail, read as the local operator. */
export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('Show the audit trail of changes, newest first')
    .option('--city <slug>', 'only entries about this city, e.g. phnom-penh')
    .option(
      '--entity <type>',
      'only entries about this kind of entity: city, user, api_token, session',
    )
    .option('--limit <n>', 'at most this many (1–200)', limit, 50)
    .option('--json', 'print JSON')
    .action(async (options: { city?: string; entity?: string; limit: number; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const page = await auditService.listAudit(db, LOCAL_OPERATOR, {
          city: options.city,
          entity: options.entity,
          limit: options.limit,
          offset: 0,
        });
        output(page, Boolean(options.json), () =>
          [...page.items.map(line), `${page.items.length} of ${page.total} entries`].join('\n'),
        );
      });
    });
}

function limit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new InvalidArgumentError('expected 1–200');
  return n;
}

function line(e: AuditEntryView): string {
  const who = e.actor.id ?? e.actor.kind;
  return `${e.occurredAt}  ${e.action.padEnd(24)} ${e.entityType}:${e.entityId}  by ${who}${e.city ? `  (${e.city})` : ''}`;
}
