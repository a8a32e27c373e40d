/**
 * One meeting: every value with the sentence it was read from (the evidence marked), its sources,
 * conflicts between them, the reasons behind the date, the audit log, and the curation forms.
 */
import { SLOTS, type AuditEntry, type Conflict, type DocumentText, type MeetingDetail, type SlotSource, type SlotValue } from '../store/index.ts';
import { escapeHtml as e } from './escape.ts';
import { BODY_LABELS, LEVEL_LABELS, levelBadge, page, words } from './layout.ts';
import { sentenceAround } from './highlight.ts';

export interface MeetingView {
  meeting: MeetingDetail;
  /** The source documents, by id, for the sentences around the evidence. */
  documents: Map<number, DocumentText>;
  signedIn: boolean;
  writesEnabled: boolean;
  /** A refused curation, shown above the forms. */
  error?: string;
  notice?: string;
}

const SHOWN_QUOTES = 2;

const SLOT_LABELS: Record<string, string> = {
  body: 'Body',
  level: 'Level',
  date: 'Date',
  endDate: 'End date',
  status: 'Status',
  city: 'City',
  country: 'Country',
  venue: 'Venue',
  format: 'Format',
  chairs: 'Chairs',
  participants: 'Participants',
  memberCount: 'Members present',
  topics: 'Topics',
};

/** A slot's value in words: body and level names, topics without underscores. */
export function formatSlot(slot: string, value: unknown): string {
  if (slot === 'body' && typeof value === 'string') return BODY_LABELS[value] ?? value;
  if (slot === 'level' && typeof value === 'string') return LEVEL_LABELS[value] ?? words(value);
  return formatValue(value);
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(', ') || '—';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.iso === 'string') return v.precision && v.precision !== 'day' ? `${v.iso} (${String(v.precision)})` : v.iso;
    if (typeof v.value === 'number' && typeof v.qualifier === 'string') return `${v.qualifier === 'exact' ? '' : `${words(v.qualifier)} `}${v.value}`;
    return JSON.stringify(value);
  }
  return words(String(value));
}

function documentTitle(documents: Map<number, DocumentText>, source: { documentId: number; doc: string }): string {
  return documents.get(source.documentId)?.title || source.doc;
}

function quote(source: SlotSource, documents: Map<number, DocumentText>): string {
  const ev = source.evidence;
  const text = documents.get(source.documentId)?.text;
  let body: string;
  if (ev && text && ev.end <= text.length) {
    const s = sentenceAround(text, ev.start, ev.end);
    body = `${s.cutStart ? '… ' : ''}${e(s.text.slice(0, s.start))}<mark>${e(s.text.slice(s.start, s.end))}</mark>${e(s.text.slice(s.end))}${s.cutEnd ? ' …' : ''}`;
  } else {
    body = ev ? `<mark>${e(ev.text)}</mark>` : '<span class="muted">no evidence span</span>';
  }
  const anchor = ev ? `#e-${ev.start}-${ev.end}` : `#mention-${source.mentionId}`;
  const meta = [source.rule ? `rule <code>${e(source.rule)}</code>` : '', source.confidence !== null ? `confidence ${source.confidence.toFixed(2)}` : '', source.independent ? '' : '<span class="copy">copy</span>']
    .filter(Boolean)
    .join(' · ');
  return `<li><blockquote>${body}</blockquote><p class="cite"><a href="/documents/${source.documentId}${anchor}">${e(documentTitle(documents, source))}</a>${meta ? ` · ${meta}` : ''}</p></li>`;
}

function valueRow(slot: string, value: SlotValue, documents: Map<number, DocumentText>): string {
  const curated = value.curated
    ? `<p class="curated">Set by ${e(value.curated.author)} on ${e(value.curated.at.slice(0, 10))}${value.curated.note ? `: ${e(value.curated.note)}` : ''}</p>`
    : '';
  // Two quotes say where a value comes from; the others wait behind a disclosure.
  const [shown, rest] = [value.sources.slice(0, SHOWN_QUOTES), value.sources.slice(SHOWN_QUOTES)];
  const more = rest.length
    ? `<details class="more"><summary>${rest.length} more source${rest.length === 1 ? '' : 's'}</summary><ul class="quotes">${rest.map((s) => quote(s, documents)).join('')}</ul></details>`
    : '';
  const sources = shown.length ? `<ul class="quotes">${shown.map((s) => quote(s, documents)).join('')}</ul>${more}` : '';
  return `<tr id="slot-${e(slot)}"><th scope="row">${e(SLOT_LABELS[slot] ?? slot)}</th><td><p class="value">${e(formatSlot(slot, value.value))}</p>${curated}${sources}</td></tr>`;
}

function values(meeting: MeetingDetail, documents: Map<number, DocumentText>): string {
  const order = (slot: string) => {
    const i = (SLOTS as readonly string[]).indexOf(slot);
    return i < 0 ? SLOTS.length : i;
  };
  const slots = Object.keys(meeting.values).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  if (slots.length === 0) return '<p class="muted">No values recorded.</p>';
  return `<table class="values"><caption class="visually-hidden">Values and their evidence</caption><tbody>${slots.map((s) => valueRow(s, meeting.values[s]!, documents)).join('')}</tbody></table>`;
}

function conflicts(list: Conflict[], meeting: MeetingDetail): string {
  if (list.length === 0) return '<p class="muted">The sources agree.</p>';
  const docOf = new Map(meeting.mentions.map((m) => [m.mentionId, m]));
  const rows = list.map((c) => {
    const options = c.values
      .map((v) => {
        const docs = v.mentionIds.map((id) => {
          const ref = docOf.get(id);
          return ref ? `<a href="/documents/${ref.documentId}#mention-${id}">${e(ref.doc)}</a>` : `mention ${id}`;
        });
        return `<li><strong>${e(formatSlot(c.slot, v.value))}</strong> — ${docs.join(', ')}</li>`;
      })
      .join('');
    return `<tr><th scope="row">${e(SLOT_LABELS[c.slot] ?? c.slot)}</th><td><ul>${options}</ul></td></tr>`;
  });
  return `<table class="conflicts"><tbody>${rows.join('')}</tbody></table>`;
}

function sources(view: MeetingView): string {
  const { meeting, signedIn } = view;
  const items = meeting.mentions.map((m) => {
    const split =
      signedIn && meeting.mentions.length > 1
        ? `<form method="post" action="/meetings/${meeting.id}/split" class="inline"><input type="hidden" name="mentionId" value="${m.mentionId}"><button type="submit" class="small">Split off</button></form>`
        : '';
    const kind = m.independent === false ? '<span class="copy">copy of an earlier source</span>' : '<span class="independent">independent</span>';
    const facts = [m.role === 'mentioned' ? 'mentioned in passing' : 'main subject', m.date ? `says ${e(m.date)}` : '', m.city ? e(m.city) : '', e(m.status)].filter(Boolean).join(' · ');
    return `<li><a href="/documents/${m.documentId}#mention-${m.mentionId}">${e(documentTitle(view.documents, m))}</a> ${kind}<br><span class="muted">${facts}</span> ${split}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

/** An audit entry's detail as "key: value" pairs. */
function auditDetail(detail: unknown): string {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return JSON.stringify(detail);
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

/** Newest first: the latest correction is what a curator looks for. */
function audit(entries: AuditEntry[]): string {
  if (entries.length === 0) return '<p class="muted">No changes recorded.</p>';
  const rows = [...entries].reverse().map(
    (a) => `<tr><td class="date">${e(a.at.replace('T', ' ').slice(0, 16))}</td><td>${e(a.author)}</td><td>${e(a.action)}</td><td class="detail">${e(auditDetail(a.detail))}</td></tr>`,
  );
  return `<div class="table-wrap"><table class="audit"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Detail</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function curation(view: MeetingView): string {
  const { meeting } = view;
  if (!view.writesEnabled) return '<p class="muted">Curation is disabled on this server (no CHRONICLE_TOKEN).</p>';
  if (!view.signedIn) return `<p><a href="/sign-in?next=/meetings/${meeting.id}">Sign in with the curation token</a> to correct this meeting.</p>`;
  const slotOptions = SLOTS.map((s) => `<option value="${s}">${e(SLOT_LABELS[s] ?? s)}</option>`).join('');
  return `<div class="forms">
<form method="post" action="/meetings/${meeting.id}/set" class="card">
<h3>Correct a value</h3>
<label>Value to set<select name="slot" required>${slotOptions}</select></label>
<label>New value<input name="value" maxlength="2000" placeholder="2016-07-21, Paris, a; b; c, or JSON" aria-describedby="value-help"></label>
<p id="value-help" class="note">Lists: separate with semicolons. Empty clears the value.</p>
<label>Note<input name="note" maxlength="1000" placeholder="why (kept in the audit log)"></label>
<button type="submit">Save value</button>
</form>
<form method="post" action="/meetings/${meeting.id}/merge" class="card">
<h3>Merge a duplicate</h3>
<label>Meeting id to merge into this one<input name="otherId" inputmode="numeric" pattern="\\d+" required></label>
<label>Note<input name="note" maxlength="1000"></label>
<button type="submit">Merge</button>
</form>
</div>`;
}

export function renderMeeting(view: MeetingView): string {
  const m = view.meeting;
  const when = m.date ? `${e(m.date)}${m.endDate ? ` – ${e(m.endDate)}` : ''}` : 'undated';
  const where = [m.venue, m.city, m.country].filter(Boolean).map((v) => e(v)).join(', ') || 'place unknown';
  const flash = view.error ? `<p class="alert" role="alert">${e(view.error)}</p>` : view.notice ? `<p class="notice" role="status">${e(view.notice)}</p>` : '';
  const reasons = m.dateReasons.length ? `<ol class="reasons">${m.dateReasons.map((r) => `<li>${e(r)}</li>`).join('')}</ol>` : '<p class="muted">No date reasoning recorded.</p>';
  const body = `<article class="meeting">
<p class="crumbs"><a href="/">← All meetings</a></p>
<h1>${e(LEVEL_LABELS[m.level] ?? m.level)} · ${e(BODY_LABELS[m.body] ?? m.body)}</h1>
<p class="lede">${levelBadge(m.level)} <span>${when}</span> · <span>${where}</span> · <span class="status">${e(m.status)}</span> · <span class="muted">meeting ${m.id}</span></p>
${flash}
<section aria-labelledby="values-title"><h2 id="values-title">Values and where they come from</h2>${values(m, view.documents)}</section>
<div class="two">
<section aria-labelledby="date-title"><h2 id="date-title">Why this date</h2>${reasons}</section>
<section aria-labelledby="conflicts-title"><h2 id="conflicts-title">Conflicts</h2>${conflicts(m.conflicts, m)}</section>
</div>
<section aria-labelledby="sources-title"><h2 id="sources-title">Sources (${m.mentions.length})</h2>${sources(view)}</section>
<section aria-labelledby="curate-title"><h2 id="curate-title">Curation</h2>${curation(view)}</section>
<section aria-labelledby="audit-title"><h2 id="audit-title">Audit log</h2>${audit(m.audit)}</section>
</article>`;
  return page({ title: `${LEVEL_LABELS[m.level] ?? m.level} ${m.date ?? ''}`, section: 'meetings', signedIn: view.signedIn, body });
}
