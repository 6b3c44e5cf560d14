import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, quietConsole } from '../../src/server/log';

describe('createLogger', () => {
  it('prints fixed lines, with no timestamp', () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line));
    log('listening', 'http://127.0.0.1:4321/');
    log('store-failed', 'SQLITE_FULL');
    expect(lines).toEqual(['Pathway: http://127.0.0.1:4321/\n', 'callback: could not store a request (SQLITE_FULL)\n']);
  });

  it('prints a detail that is not a plain token as "?"', () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line));
    log('handler-failed', 'TypeError: phone "07911 123456"\n    at x');
    log('handler-failed', '\u001b[2J');
    expect(lines).toEqual(['callback: a request failed unexpectedly (?)\n']);
  });

  it('prints a message a request can cause once an hour, then says how many were held back', () => {
    const lines: string[] = [];
    let now = 0;
    const log = createLogger((line) => lines.push(line), () => now);
    for (let i = 0; i < 5; i++) log('framework-error');
    now = 3_600_000;
    log('framework-error');
    expect(lines).toEqual([
      'server: the framework reported an error; its details are not printed, as they can hold request data\n',
      'server: the framework reported an error; its details are not printed, as they can hold request data (and 4 more in the hour before)\n',
    ]);
  });
});

describe('quietConsole', () => {
  const saved = { ...console };
  afterEach(() => Object.assign(console, saved));

  it('turns what a library prints into one fixed line, never its text', () => {
    const lines: string[] = [];
    quietConsole(createLogger((line) => lines.push(line)));
    console.error('12:00:01 [ERROR] Could not render /api/callback/', new Error('phone 07911123456'));
    console.info('12:00:02 [@astrojs/node] something');
    expect(lines.join('')).not.toMatch(/07911|12:00|api|Error:/);
    expect(lines).toHaveLength(2);
  });
});
