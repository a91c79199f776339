import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import initSqlJs from 'sql.js';

// Where the live review server keeps its rooms: one SQLite database file, a row per room holding
// the room's Yjs document. SQLite through sql.js (WebAssembly): no native module to build or
// download on install. The file is written whole after each store, through a temporary file and a
// rename, so a crash mid-write leaves the previous file intact.

export async function sqliteStore(file: string): Promise<{ extension: Database; close: () => void }> {
  const SQL = await initSqlJs();
  const db = existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
  db.run('CREATE TABLE IF NOT EXISTS rooms (name TEXT PRIMARY KEY, data BLOB NOT NULL, updated TEXT NOT NULL)');
  mkdirSync(dirname(file), { recursive: true });
  const flush = () => {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, db.export());
    renameSync(temporary, file);
  };
  flush();
  const extension = new Database({
    async fetch({ documentName }) {
      const statement = db.prepare('SELECT data FROM rooms WHERE name = ?');
      try {
        statement.bind([documentName]);
        return statement.step() ? (statement.getAsObject().data as Uint8Array) : null;
      } finally {
        statement.free();
      }
    },
    async store({ documentName, state }) {
      db.run('INSERT OR REPLACE INTO rooms (name, data, updated) VALUES (?, ?, ?)', [
        documentName,
        state,
        new Date().toISOString(),
      ]);
      flush();
    },
  });
  return { extension, close: () => db.close() };
}
