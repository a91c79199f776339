// Ordered, named up-migrations. Each takes a document of version `from` and returns one of
// version `from + 1`. Version 1 is the first format, so the list is empty until version 2.

export type Migration = {
  name: string;
  from: number;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
};

export const MIGRATIONS: readonly Migration[] = [];

export type MigrateResult = { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };

export function migrate(
  doc: Record<string, unknown>,
  from: number,
  to: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrateResult {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, message: `no migration from version ${version} to ${version + 1}` };
    current = { ...step.up(current), version: version + 1 };
  }
  return { ok: true, doc: current };
}
