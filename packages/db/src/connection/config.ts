/** Which SQL engine a database runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** Where the database lives: an embedded SQLite file (the default) or a PostgreSQL URL. */
export type DatabaseConfig =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly poolSize?: number };
