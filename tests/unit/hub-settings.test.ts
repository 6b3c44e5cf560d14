import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseHubSettings } from '../../src/lib/schema/hub';

describe('hub settings (content/hub.yaml)', () => {
  it('reads the shipped file', () => {
    const settings = parseHubSettings(parse(readFileSync('content/hub.yaml', 'utf8')), 'content/hub.yaml');
    expect(['withheld', expect.any(String)]).toContainEqual(settings.callback.callerId);
  });

  it('takes "withheld" or a callable number', () => {
    expect(parseHubSettings({ callback: { callerId: 'withheld' } }, 'f').callback.callerId).toBe('withheld');
    expect(parseHubSettings({ callback: { callerId: '0131 496 0000' } }, 'f').callback.callerId).toBe('0131 496 0000');
  });

  it('names the file and the field when a value is wrong', () => {
    expect(() => parseHubSettings({ callback: { callerId: 'hidden' } }, 'content/hub.yaml')).toThrow(/content\/hub\.yaml: callback\.callerId: must be "withheld"/);
    expect(() => parseHubSettings({ callback: {} }, 'content/hub.yaml')).toThrow(/callback\.callerId/);
  });
});
