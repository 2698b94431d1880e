import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '@frontrunner/domain';
import { ConfigError } from '@frontrunner/server';
import { CommanderError } from 'commander';
import { EXIT, say } from './context';
import { buildProgram } from './program';

/** Runs the CLI and maps failures to exit codes. */
export async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    // A command that finished but found problems (e.g. a refused import) sets its own code.
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof ConfigError) return fail(err.message, EXIT.config);
    if (err instanceof NotFoundError) return fail(err.message, EXIT.notFound);
    if (err instanceof ConflictError) return fail(err.message, EXIT.conflict);
    if (err instanceof ForbiddenError) return fail(err.message, EXIT.forbidden);
    if (err instanceof ValidationError) {
      return fail(
        [err.message, ...err.problems.map((p) => `  ${p.field}: ${p.message}`)].join('\n'),
        EXIT.validation,
      );
    }
    if (err instanceof DomainError) return fail(err.message, EXIT.failure);
    return fail(
      `Unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      EXIT.failure,
    );
  }
}

function fail(message: string, code: number): number {
  say(message);
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      say(String(err));
      process.exitCode = 1;
    },
  );
}
