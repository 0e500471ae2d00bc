import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, loggablePath } from './log';

// Captures what the logger writes, one parsed JSON object per line.
function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(stream, 'info'), lines };
}

describe('the logger', () => {
  it('writes JSON lines with a level name, a time and the fields given', () => {
    const { logger, lines } = capture();
    logger.child({ requestId: 'req-1' }).info({ email: 'ana@example.org' }, 'signed in');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', requestId: 'req-1', email: 'ana@example.org', msg: 'signed in' });
    expect(Date.parse(String(lines[0]!.time))).not.toBeNaN();
  });

  it('censors passwords, tokens, cookies and authorization headers wherever they are nested', () => {
    const { logger, lines } = capture();
    logger.warn(
      {
        password: 'hunter2-top',
        token: 'tok-top',
        user: { email: 'ana@example.org', password: 'hunter2-nested', passwordHash: '$argon2id$hash' },
        req: {
          headers: {
            authorization: 'Bearer abc.def',
            cookie: 'authjs.session-token=sess',
            'set-cookie': 'authjs.session-token=sess2',
            accept: 'text/html',
          },
        },
        reset: { token: 'reset-token-value', secret: 'shh' },
      },
      'refused',
    );
    const text = JSON.stringify(lines);
    for (const secret of ['hunter2', 'tok-top', '$argon2id', 'abc.def', 'sess', 'reset-token-value', 'shh']) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({
      password: '[redacted]',
      user: { email: 'ana@example.org', password: '[redacted]' },
      req: {
        headers: { authorization: '[redacted]', cookie: '[redacted]', 'set-cookie': '[redacted]', accept: 'text/html' },
      },
    });
  });

  it('drops events below its level', () => {
    const { logger, lines } = capture();
    logger.debug('noise');
    expect(lines).toHaveLength(0);
  });

  it('keeps query strings and password-setting tokens out of logged paths', () => {
    expect(loggablePath('/api/auth/callback/oidc?code=abc&state=def')).toBe('/api/auth/callback/oidc');
    expect(loggablePath('/set-password/4f9a-secret-token?x=1')).toBe('/set-password/[redacted]');
    expect(loggablePath('/review/claims/1')).toBe('/review/claims/1');
  });
});
