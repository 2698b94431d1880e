import type { Command } from 'commander';

/** `frontrunner serve`: the same as `npm start`. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the platform (API, docs and web app); configure with PORT, DATABASE_URL, FRONTRUNNER_DB',
    )
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .option(
      '--demo',
      'demo mode: seed one demo account per role (docs/demo.md); never with real data',
    )
    .action(async (options: { port?: string }) => {
      if (options.port) process.env.PORT = options.port;
      const { main } = await import('@frontrunner/server');
      await main();
    });
}
