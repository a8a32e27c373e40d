import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJsonLines } from '../../src/ingest/json-lines.ts';
import { isInputError } from '../../src/ingest/read-inputs.ts';

const PATH = '/data/batch.jsonl';

/** [case, line (as line 3 of the file), expected result]. */
const CASES: [string, string, object][] = [
  ['text record with defaults', '{"text":"Un texte."}', { id: 'batch.jsonl#3', origin: `${PATH}:3`, text: 'Un texte.' }],
  [
    'all fields',
    '{"id":"doc-7","url":"https://example.org/a","title":"T","html":"<p>x</p>","published":"2016-07-19"}',
    { id: 'doc-7', origin: `${PATH}:3`, url: 'https://example.org/a', title: 'T', html: '<p>x</p>', published: '2016-07-19' },
  ],
  ['numeric id', '{"id":42,"text":"x"}', { id: '42', origin: `${PATH}:3`, text: 'x' }],
  ['null fields are absent', '{"text":"x","url":null}', { id: 'batch.jsonl#3', origin: `${PATH}:3`, text: 'x' }],
  ['neither text nor html', '{"id":"a","title":"T"}', { origin: `${PATH}:3`, reason: 'line 3: record has neither text nor html' }],
  ['blank text', '{"text":"   "}', { origin: `${PATH}:3`, reason: 'line 3: record has neither text nor html' }],
  ['not an object', '["text"]', { origin: `${PATH}:3`, reason: 'line 3: record is not an object' }],
  ['wrong field type', '{"text":"x","published":20160719}', { origin: `${PATH}:3`, reason: 'line 3: field "published" must be a string' }],
];

for (const [name, line, expected] of CASES) {
  test(`json lines: ${name}`, () => {
    assert.deepEqual(parseJsonLines(`{"text":"premier"}\n\n${line}\n`, PATH)[1], expected);
  });
}

test('json lines: invalid JSON names the line and the parser message', () => {
  const [error] = parseJsonLines('{"text": "x"', PATH);
  assert.equal(error.origin, `${PATH}:1`);
  assert.match((error as { reason: string }).reason, /^line 1: invalid JSON: [a-z]/);
});

test('json lines: a bad line does not stop the others, CRLF and blank lines are fine', () => {
  const results = parseJsonLines('{"text":"a"}\r\n\r\nnot json\r\n{"text":"b"}\r\n', PATH);
  assert.deepEqual(
    results.map((result) => (isInputError(result) ? 'error' : result.text)),
    ['a', 'error', 'b'],
  );
  assert.equal(results[2].origin, `${PATH}:4`);
});
