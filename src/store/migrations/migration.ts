// A versioned schema change. Each dialect's SQL lives here side by side; an adapter applies its own.
export interface Migration {
  /** Strictly increasing from 1, never reused, never edited once released. */
  version: number;
  name: string;
  /** SQLite DDL/DML, applied inside one transaction together with its schema_migrations row. */
  sqlite: string;
  /**
   * The same change in PostgreSQL's dialect (timestamptz, jsonb, boolean), applied the same way. A
   * migration without it cannot be applied by the PostgreSQL adapter, which then refuses to open
   * rather than run on a partial schema.
   */
  postgres?: string;
}
