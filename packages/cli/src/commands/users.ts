import { adminService, LOCAL_OPERATOR, userService, type UserView } from '@frontrunner/services';
import { ValidationError } from '@frontrunner/domain';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { output, say, withDatabase } from '../context';
import { readPassword } from '../password-prompt';

/** `frontrunner users create-admin|list`. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('User accounts');
  users
    .command('create-admin')
    .description(
      'Create an active secretariat user (the first administrator). The password is asked without echo, or read from the first line of stdin when it is not a terminal.',
    )
    .requiredOption('--email <email>', 'email address (the sign-in name)', email)
    .option('--name <name>', 'display name', 'Administrator')
    .option('--dry-run', 'check everything, write nothing')
    .option('--json', 'print the user as JSON')
    .action(async (options: { email: string; name: string; dryRun?: boolean; json?: boolean }) => {
      const password = await readPassword('Password (12+ characters): ');
      if (process.stdin.isTTY && (await readPassword('Repeat the password: ')) !== password)
        throw new ValidationError('The passwords differ', [
          { field: 'password', message: 'does not match' },
        ]);
      await withDatabase(async ({ db }) => {
        const input = {
          email: options.email,
          name: options.name,
          password,
          assignments: [{ role: 'secretariat' as const }],
        };
        if (options.dryRun) {
          await adminService.checkActiveUser(db, input);
          say(`Dry run: ${options.email} could be created as secretariat; nothing written.`);
          return;
        }
        const user = await adminService.createActiveUser(
          { db, clock: () => new Date() },
          { actor: LOCAL_OPERATOR },
          input,
        );
        say(
          `Created ${user.email} (secretariat). Sign in at the web app with this email and password.`,
        );
        output(user, Boolean(options.json), () => describe(user));
      });
    });
  users
    .command('list')
    .description('List users with their roles')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const page = await userService.listUsers(
          db,
          { actor: LOCAL_OPERATOR },
          { limit: 200, offset: 0 },
        );
        output(
          page,
          Boolean(options.json),
          () => page.items.map(describe).join('\n') || 'No users yet.',
        );
      });
    });
}

function email(value: string): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()))
    throw new InvalidArgumentError('expected an email address');
  return value.trim();
}

function describe(u: UserView): string {
  const roles = u.assignments
    .map((a) =>
      a.city ? `${a.role}:${a.city.slug}` : a.country ? `${a.role}:${a.country}` : a.role,
    )
    .join(', ');
  return `${u.email.padEnd(40)} ${u.status.padEnd(11)} ${roles || '(no roles)'}${u.isDemo ? '  [demo]' : ''}`;
}
