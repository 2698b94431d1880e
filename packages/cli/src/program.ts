import { Command } from 'commander';
import { registerAudit } from './commands/audit';
import { registerCities } from './commands/cities';
import { registerDb } from './commands/db';
import { registerExport } from './commands/export';
import { registerExportSite } from './commands/export-site';
import { registerGoals } from './commands/goals';
import { registerGraduation } from './commands/graduation';
import { registerImport } from './commands/import';
import { registerInterlinkages } from './commands/interlinkages';
import { registerProjects } from './commands/projects';
import { registerReport } from './commands/report';
import { registerScore } from './commands/score';
import { registerRecommend, registerSearch } from './commands/search';
import { registerServe } from './commands/serve';
import { registerUsers } from './commands/users';

/** The `frontrunner` command line: the same services as the API, another transport. */
export function buildProgram(): Command {
  const program = new Command()
    .name('frontrunner')
    .description(
      'Frontrunner: SDG localisation for ASEAN cities.\nConfigure with DATABASE_URL (PostgreSQL) or FRONTRUNNER_DB (SQLite file, default ./data/frontrunner.db).',
    )
    .showHelpAfterError()
    .exitOverride()
    .configureHelp({ sortSubcommands: true });
  registerServe(program);
  registerDb(program);
  registerCities(program);
  registerGoals(program);
  registerUsers(program);
  registerAudit(program);
  registerScore(program);
  registerImport(program);
  registerExport(program);
  registerExportSite(program);
  registerInterlinkages(program);
  registerGraduation(program);
  registerProjects(program);
  registerReport(program);
  registerSearch(program);
  registerRecommend(program);
  return program;
}
