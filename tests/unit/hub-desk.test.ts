// Issue 20: the coordinator's desk: statuses and notes kept locally, closing deletes the
// note and the ciphertext after the retention days, and the page escapes what it shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallbackStore } from '../../src/server/callback-store';
import { DeskStore } from '../../scripts/hub/desk-store';
import { inboxPage, requestRows } from '../../scripts/hub/desk-page';
import en from '../../src/i18n/locales/en.json';
import type { CallbackRequest } from '../../src/lib/callback/request';

const t = en as unknown as Record<string, string>;
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
let dir: string;
let inbox: CallbackStore;
let desk: DeskStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-desk-'));
  inbox = new CallbackStore(dir);
  inbox.putRows([{ id: ID, receivedHour: '2026-11-30T09:00Z', envelope: '{}' }]);
  desk = new DeskStore(dir);
});
afterEach(() => {
  desk.close();
  inbox.close();
  rmSync(dir, { recursive: true, force: true });
});

const request: CallbackRequest = {
  phone: '+447911123456', days: ['tue'], times: ['evening'], voicemail: 'no', text: 'yes', cover: 'own-words',
  coverWords: '<script>alert(1)</script>', language: 'Română', interpreter: 'yes', region: 'national',
  needs: ['housing'], message: 'Call \u202Eafter six', pageLanguage: 'ro',
};

describe('DeskStore', () => {
  it('keeps a status and a note, new by default', () => {
    expect(desk.entry(ID)).toEqual({ status: 'new', note: '', closedAt: null });
    desk.update(ID, 'tried', 'No answer at 5pm');
    expect(desk.entry(ID)).toMatchObject({ status: 'tried', note: 'No answer at 5pm' });
  });

  it('deletes the note and the ciphertext together once the retention days have run', () => {
    desk.update(ID, 'closed', 'done', new Date('2026-11-01T00:00:00Z'));
    expect(desk.purgeClosed(30, new Date('2026-11-20T00:00:00Z'))).toBe(0);
    expect(inbox.count()).toBe(1);
    expect(desk.purgeClosed(30, new Date('2026-12-02T00:00:00Z'))).toBe(1);
    expect(inbox.count()).toBe(0);
    expect(desk.entry(ID).note).toBe('');
  });

  it('reopening clears the retention clock', () => {
    desk.update(ID, 'closed', '', new Date('2026-11-01T00:00:00Z'));
    desk.update(ID, 'reached', '', new Date('2026-11-02T00:00:00Z'));
    expect(desk.purgeClosed(0)).toBe(0);
    expect(inbox.count()).toBe(1);
  });
});

describe('the inbox page', () => {
  it('labels coded answers with the site’s words and names the page language', () => {
    const rows = Object.fromEntries(requestRows(request, t));
    expect(rows['Which days are safe to call?']).toBe('Tuesday');
    expect(rows['What times of day are safe?']).toBe('Evening (5pm to 8pm)');
    expect(rows['Where are you?']).toBe('Somewhere else, or I would rather not say');
    expect(rows['What help do you want? (optional)']).toBe('A safe place to stay');
    expect(rows['Page language (the site in)']).toBe('Romanian');
  });

  it('escapes what she typed and shows hidden characters instead of obeying them', () => {
    const html = inboxPage([{ id: ID, receivedHour: '2026-11-30T09:00Z', request, entry: { status: 'new', note: '</textarea><b>', closedAt: null }, safeFrom: null }], [], t, new Date(), 30);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('[U+202E]');
    expect(html).not.toContain('</textarea><b>');
  });

  it('lists a request that cannot be opened, by its id, without failing the page', () => {
    const html = inboxPage([], [{ id: ID, reason: `Request ${ID} cannot be opened: it was sealed to another key.` }], t, new Date(), 30);
    expect(html).toContain('cannot be opened');
    expect(html).toContain('1 cannot be opened');
  });
});
