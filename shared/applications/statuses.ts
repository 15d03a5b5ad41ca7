/**
 * Where an application stands, and an indicator. Kept free of zod so the
 * renderer can import them; the catalog's statusLabels name each in three
 * languages.
 */

/**
 * 新申请 new, 审核中 under_review, 审核通过 approved, 审核不通过 rejected,
 * 待摇号 awaiting_draw (in a frozen pool), 排号中 queued, 中签 won,
 * 未中签 not_won (rejoins the next pool), 已取消 cancelled.
 */
export const APPLICATION_STATUSES = [
  'new',
  'under_review',
  'approved',
  'rejected',
  'awaiting_draw',
  'queued',
  'won',
  'not_won',
  'cancelled',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** 有效 valid, 已使用 used (a car was registered with it), 已过期 expired (not used within its validity). */
export const INDICATOR_STATUSES = ['valid', 'used', 'expired'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** The operator's review decisions: start reviewing (审核中), approve (审核通过), reject (审核不通过). */
export const REVIEW_DECISIONS = ['start', 'approve', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
