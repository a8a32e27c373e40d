/**
 * Latency of the web UI and the HTTP API over a large store: 10,000 meetings and 100,000 documents
 * (BENCH_MEETINGS, BENCH_DOCS) seeded in bulk into PGlite in a temporary directory. Requests go
 * through `app.request()`, so the numbers are the app's and the store's, without a socket.
 * Targets: the first page under 1 s, API list requests under 50 ms at p95.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/api/app.ts';
import { compileWebAssemblyOptimised } from '../src/api/server.ts';
import { migrate, openSql, openStore } from '../src/store/index.ts';
import { seedStore } from './seed-store.ts';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 10_000);
const DOCUMENTS = Number(process.env.BENCH_DOCS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

compileWebAssemblyOptimised(); // as `chronicle serve` does
const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
try {
  let t0 = performance.now();
  const sql = await openSql({ dataDir: dir });
  await migrate(sql);
  await seedStore(sql, { meetings: MEETINGS, documents: DOCUMENTS });
  await sql.close();
  console.log(`seeded ${MEETINGS} meetings, ${DOCUMENTS} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const store = await openStore({ dataDir: dir });
  const app = createApp(store, { token: 'bench' });
  const time = async (path: string): Promise<number> => {
    const start = performance.now();
    const res = await app.request(`http://localhost${path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    return performance.now() - start;
  };
  const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
  const row = (label: string, values: number[]) =>
    console.log(`${label.padEnd(58)} p50 ${percentile(values, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 0.95).toFixed(1).padStart(7)} ms`);

  t0 = performance.now();
  const first = await time('/');
  console.log(`first page (cold, right after opening the store): ${first.toFixed(0)} ms`);

  const pages = ['/', '/?body=coalition&from=2016&to=2018', '/?from=2017&to=2017', '/documents', '/documents?q=r%C3%A9union%20ministerielle', `/meetings/${Math.ceil(MEETINGS / 2)}`, `/documents/${Math.ceil(DOCUMENTS / 2)}`];
  const api = [
    '/api/meetings',
    '/api/meetings?body=nato',
    '/api/meetings?level=ministerial&from=2016&to=2018-06',
    '/api/meetings?country=FR&status=held',
    '/api/meetings?topic=military&participant=US',
    '/api/meetings?city=Paris&limit=200',
    '/api/meetings?q=kerry',
    `/api/meetings?offset=${MEETINGS - 50}`,
    '/api/documents',
    `/api/documents?offset=${DOCUMENTS - 50}`,
  ];
  const others = ['/api/search?q=koweit', '/api/search?q=%22foreign%20fighters%22&lang=en', `/api/meetings/${Math.ceil(MEETINGS / 3)}`];
  const samples = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const path of [...pages, ...api, ...others]) {
      const list = samples.get(path) ?? [];
      list.push(await time(path));
      samples.set(path, list);
    }
  }
  console.log('\npages (warm)');
  for (const path of pages) row(path, samples.get(path)!);
  console.log('\nAPI lists');
  const all: number[] = [];
  for (const path of api) {
    row(path, samples.get(path)!);
    all.push(...samples.get(path)!);
  }
  row('all API list requests', all);
  console.log('\nAPI search and one meeting');
  for (const path of others) row(path, samples.get(path)!);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
