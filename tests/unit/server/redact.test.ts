import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../shared/redact.ts';

describe('redactPersonalData', () => {
  it('masks the middle of an ID number, keeping the first 3 and last 2 characters', () => {
    expect(redactPersonalData('证件号码 11010519491231002X 已提交')).toBe('证件号码 110*************2X 已提交');
    expect(redactPersonalData('id=440524188001010014')).toBe('id=440*************14');
  });

  it('masks a mobile number, keeping the first 3 and last 4 digits', () => {
    expect(redactPersonalData('手机号13812345678')).toBe('手机号138****5678');
    expect(redactPersonalData('call +86 13812345678')).toBe('call +86 138****5678');
  });

  it('masks a unified social credit code, including early ones that fail the check', () => {
    expect(redactPersonalData('统一社会信用代码：91350100M0001TGQXM')).toBe('统一社会信用代码：913*************XM');
  });

  it('masks several identifiers in one text and leaves everything else alone', () => {
    const text = 'user 11010519491231002X phone 13812345678 unit 91350100M0001TGQXM req-42 at 2024-05-16';
    expect(redactPersonalData(text)).toBe(
      'user 110*************2X phone 138****5678 unit 913*************XM req-42 at 2024-05-16',
    );
  });

  it('does not mask part of a longer number or word', () => {
    expect(redactPersonalData('order 1381234567890')).toBe('order 1381234567890');
    expect(redactPersonalData('trace 0123456789012345678901')).toBe('trace 0123456789012345678901');
  });
});
