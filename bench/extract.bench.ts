/**
 * Throughput of `extract` on one core, over generated articles, beside chrono-node parsing the same
 * texts alone (the date library every extraction runs), measured in the same run.
 */
import * as chrono from 'chrono-node';
import { extract } from '../src/core/pipeline.ts';
import { generateArticles } from './generate.ts';

const COUNT = Number(process.env.BENCH_DOCS ?? 10_000);
const texts = generateArticles(COUNT);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const now = new Date('2026-11-23T00:00:00Z');

extract({ id: 'warm', origin: 'warm', text: texts[0] }, { now }); // load knowledge and compile lexicons once

let meetings = 0;
let t0 = performance.now();
texts.forEach((text, i) => {
  meetings += extract({ id: String(i), origin: 'bench', text }, { now }).mentions.length;
});
const extractMs = performance.now() - t0;

t0 = performance.now();
for (const text of texts) chrono.fr.parse(text, now);
const chronoMs = performance.now() - t0;

const rate = (ms: number) => `${((COUNT / ms) * 1000).toFixed(0)} docs/s, ${((bytes / 1e6 / ms) * 1000).toFixed(2)} MB/s`;
console.log(`corpus: ${COUNT} generated articles, ${(bytes / 1e6).toFixed(1)} MB, ${meetings} meetings extracted`);
console.log(`extract      ${rate(extractMs)}  (${(extractMs / COUNT).toFixed(2)} ms/doc)`);
console.log(`chrono alone ${rate(chronoMs)}  (${(chronoMs / COUNT).toFixed(2)} ms/doc)`);
console.log(`ratio: extract takes ${(extractMs / chronoMs).toFixed(1)}× the time of chrono-node alone`);
console.log(`memory: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB resident`);
