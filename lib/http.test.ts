import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, isOversizedAction } from './http';

describe('isOversizedAction', () => {
  const action = (length: number) => new Headers({ 'next-action': 'abc', 'content-length': String(length) });
  it('catches a server action over Next’s 1 MB cap, which Next answers with a 500', () => {
    expect(isOversizedAction(action(ACTION_BODY_LIMIT + 1))).toBe(true);
    expect(isOversizedAction(action(2 * 1024 * 1024))).toBe(true);
  });
  it('lets smaller actions and every other request through', () => {
    expect(isOversizedAction(action(ACTION_BODY_LIMIT))).toBe(false);
    expect(isOversizedAction(new Headers({ 'content-length': String(20 * 1024 * 1024) }))).toBe(false);
    expect(isOversizedAction(new Headers({ 'next-action': 'abc' }))).toBe(false);
  });
});
