/** The store for one command, closed however the command ends. */
import type { Store } from '../store/index.ts';

export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  // Imported here, not above: commands that need no store (extract, eval) never load PGlite.
  const { openStore } = await import('../store/index.ts');
  const store = await openStore();
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
