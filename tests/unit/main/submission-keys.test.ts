import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSubmissionKeys } from '../../../electron/main/services/applications/submission-keys.ts';
import { uuidv7 } from '../../../electron/main/services/outbox/uuid-v7.ts';

describe('uuidv7', () => {
  it('is a version 7 UUID of the RFC 9562 variant that the central API takes as an Idempotency-Key', () => {
    const key = uuidv7();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(key).success).toBe(true);
  });

  it('starts with the time in milliseconds, so later keys sort later', () => {
    const zero = new Uint8Array(10);
    expect(uuidv7(0x0190_1234_5678, zero)).toBe('01901234-5678-7000-8000-000000000000');
    const earlier = uuidv7(Date.parse('2026-12-01T08:00:00Z'));
    const later = uuidv7(Date.parse('2026-12-01T08:00:00.001Z'));
    expect(earlier < later).toBe(true);
  });
});

describe('submission keys', () => {
  const counter = () => {
    let made = 0;
    return () => `key-${++made}`;
  };

  it('give a draft one key however often it is sent, and another draft another', () => {
    const keys = createSubmissionKeys(counter());
    expect(keys.keyFor('draft-a', 1)).toBe('key-1');
    expect(keys.keyFor('draft-a', 1)).toBe('key-1');
    expect(keys.keyFor('draft-b', 1)).toBe('key-2');
    expect(keys.keyFor('draft-a', 1)).toBe('key-1');
  });

  it('forget every key when the session epoch moves on', () => {
    const keys = createSubmissionKeys(counter());
    keys.keyFor('draft-a', 1);
    expect(keys.keyFor('draft-a', 2)).toBe('key-2');
  });

  it('keep the keys of the latest drafts only', () => {
    const keys = createSubmissionKeys(counter());
    for (let draft = 0; draft < 21; draft += 1) keys.keyFor(`draft-${draft}`, 1);
    expect(keys.keyFor('draft-20', 1)).toBe('key-21');
    expect(keys.keyFor('draft-0', 1)).toBe('key-22');
  });
});
