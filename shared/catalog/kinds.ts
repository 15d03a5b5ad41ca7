/**
 * The closed sets a catalog is built from. Everything else in a catalog
 * (names, kinds, categories, fields, texts, dates, quotas) is data; these
 * are what the kiosk's code knows how to show and the server how to run.
 * Kept free of zod so the renderer can import them.
 */

/** How a field is entered: the kiosk picks one control per kind. */
export const FIELD_KINDS = [
  /** Free text (pinyin keyboard for Chinese). */
  'text',
  /** Digits only (numeric pad). */
  'digits',
  /** One of `options` (or of `optionsFrom`). */
  'select',
  /** Any number of `options` (or of `optionsFrom`); the value is an array. */
  'multiselect',
  /** A calendar date, YYYY-MM-DD. */
  'date',
  /** 是 / 否: the value is 'yes' or 'no'. */
  'yesno',
  /** A district of the catalog's residenceAreas: the value is the district's code. */
  'area',
  /** Shown from the logged-in account (`accountField`), never sent. */
  'readonly-from-account',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The values of a yesno field. */
export const YES_NO = ['yes', 'no'] as const;

/** Lists a select or multiselect may take its options from instead of its own `options`. */
export const OPTION_SOURCES = ['licenceClasses'] as const;
export type OptionSource = (typeof OPTION_SOURCES)[number];

/** Account data a readonly-from-account field shows. A unit's `idType`/`idNumber`/`contactName` are its handling person's. */
export const ACCOUNT_FIELDS = ['name', 'idType', 'idNumber', 'phone', 'creditCode', 'contactName'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/**
 * Values the server computes from the applicant's GB 11643 number (居民身份证,
 * 港澳台居民居住证): a field with `derive` may be left out and must agree
 * with the number when sent. With any other document it is entered.
 */
export const DERIVATIONS = ['sex_from_id_number', 'birth_date_from_id_number'] as const;
export type Derivation = (typeof DERIVATIONS)[number];

/** How an application type's indicators are allocated. */
export const ALLOCATIONS = [
  /** 摇号: a weighted draw among the frozen pool of each period. */
  'lottery',
  /** 排号: in order of application, the period's quota from the front of the queue. */
  'queue',
  /** 直接取得: an approved application gets its indicator at once (更新指标, 其他指标). */
  'direct',
] as const;
export type Allocation = (typeof ALLOCATIONS)[number];

/**
 * The application wizard's steps. `instructions` (填报说明), `form` (申报填写),
 * `review` (信息确认), `sms_confirm` (短信确认: the application then needs an
 * application_confirm SMS code), `done` (完成申请).
 */
export const WIZARD_STEP_IDS = ['instructions', 'form', 'review', 'sms_confirm', 'done'] as const;
export type WizardStepId = (typeof WIZARD_STEP_IDS)[number];

/** Where the kiosk shows a notice. */
export const NOTICE_PLACES = ['instructions', 'form', 'review', 'done', 'applications', 'indicators', 'ladder', 'periods'] as const;
export type NoticePlace = (typeof NOTICE_PLACES)[number];
