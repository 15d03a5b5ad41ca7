/**
 * The parts both catalogs share beyond single fields: the wizard's steps,
 * the direct kinds (更新指标, 其他指标) and their categories, worded for
 * the place.
 */
import type { CatalogData } from '../../contract/catalog-schema.ts';
import type { WizardStepId } from '../kinds.ts';
import { applicantFields, contactFields, placed, registrationChangeFields, unitFields, vehicleFields } from './fields.ts';
import {
  COMMITMENTS,
  INDICATOR_RULES,
  INDICATOR_STATUS_LABELS,
  PERSONAL_COMMITMENTS,
  STATUS_LABELS,
  STEP_LABELS,
  UNIT_COMMITMENTS,
} from './labels.ts';
import { LICENCE_CLASSES } from './licence-classes.ts';
import { t, type Place } from './text.ts';

type Category = CatalogData['categories'][number];

/** What every catalog in China shares: the time zone, the commitments, licence classes, status words and indicator rules. */
export const COMMON_PARTS = {
  utcOffsetMinutes: 480,
  commitments: COMMITMENTS,
  licenceClasses: LICENCE_CLASSES,
  statusLabels: STATUS_LABELS,
  indicatorStatusLabels: INDICATOR_STATUS_LABELS,
  indicatorRules: INDICATOR_RULES,
} satisfies Partial<CatalogData>;

/** The wizard's steps in this order, with their names. */
export function wizardSteps(ids: readonly WizardStepId[]): CatalogData['wizard']['steps'] {
  return ids.map((id) => ({ id, label: STEP_LABELS[id] }));
}

/** 更新指标 and 其他指标: obtained directly on approval. */
export function directKinds(place: Place): CatalogData['indicatorKinds'] {
  return [
    {
      id: 'renewal',
      label: t('更新指标', '更新指標', 'Renewal quota'),
      description: placed(
        place,
        '更新指标是指单位或个人名下在{place}登记的小客车办理转移登记、注销登记或者迁出{place}的变更登记后，申请后直接取得的指标。',
        '更新指標是指單位或個人名下在{place}登記的小客車辦理轉移登記、註銷登記或者遷出{place}的變更登記後，申請後直接取得的指標。',
        'A renewal quota is obtained directly, on application, after a passenger car registered in {place} to an organisation or person has been transferred, deregistered or moved out of {place}.',
      ),
      applicationTypes: [{ id: 'renewal', label: t('更新指标', '更新指標', 'Renewal quota'), allocation: 'direct' }],
    },
    {
      id: 'other',
      label: t('其他指标', '其他指標', 'Other quota'),
      description: t(
        '其他指标是指单位或个人在符合规定的特定情形下直接申请领取的指标。',
        '其他指標是指單位或個人在符合規定的特定情形下直接申請領取的指標。',
        'Other quotas are obtained directly by an organisation or person in the special cases the rules define.',
      ),
      applicationTypes: [{ id: 'other', label: t('其他指标', '其他指標', 'Other quota'), allocation: 'direct' }],
    },
  ];
}

const CHANGE_EVIDENCE = t('原小客车的转移、注销或迁出登记', '原小客車的轉移、註銷或遷出登記', 'The transfer, deregistration or moving out of the previous car');

/** 更新指标 for a person and for a unit: the vehicle (the place's plates) and its registration change. */
export function renewalCategories(place: Place): Category[] {
  const vehicle = [...vehicleFields(place.plate), ...registrationChangeFields(place)];
  return [
    {
      id: 'renewal_personal',
      indicatorKind: 'renewal',
      applicantType: 'personal',
      label: t('个人更新指标', '個人更新指標', 'Renewal quota for a person'),
      evidence: CHANGE_EVIDENCE,
      applicationTypes: ['renewal'],
      fields: [...applicantFields(), ...contactFields(), ...vehicle],
      commitments: PERSONAL_COMMITMENTS,
    },
    {
      id: 'renewal_unit',
      indicatorKind: 'renewal',
      applicantType: 'unit',
      label: t('单位更新指标', '單位更新指標', 'Renewal quota for an organisation'),
      evidence: CHANGE_EVIDENCE,
      applicationTypes: ['renewal'],
      fields: [...unitFields(place, false), ...vehicle],
      commitments: UNIT_COMMITMENTS,
    },
  ];
}

/** 其他指标 for a car passing between spouses or close relatives by inheritance or on divorce. */
export function familyTransferCategory(place: Place): Category {
  return {
    id: 'other_family_transfer',
    indicatorKind: 'other',
    applicantType: 'personal',
    label: t('夫妻、直系亲属间继承或离婚析产', '夫妻、直系親屬間繼承或離婚析產', 'Inheritance or division of property between spouses or close relatives'),
    evidence: t('继承或离婚析产的法律文书及亲属关系证明', '繼承或離婚析產的法律文書及親屬關係證明', 'The legal document of the inheritance or division and proof of the relationship'),
    applicationTypes: ['other'],
    fields: [
      ...applicantFields(),
      ...contactFields(),
      ...vehicleFields(place.plate),
      { name: 'previousOwnerName', kind: 'text', required: true, maxLength: 30, rule: { name: 'person_name' }, label: t('原车主姓名', '原車主姓名', 'Previous owner’s name') },
      {
        name: 'previousOwnerIdNumber',
        kind: 'text',
        required: true,
        maxLength: 18,
        rule: { name: 'id_number', params: { idType: 'resident_id' } },
        label: t('原车主居民身份证号码', '原車主居民身份證號碼', 'Previous owner’s resident ID number'),
      },
      {
        name: 'relationship',
        kind: 'select',
        required: true,
        label: t('与原车主的关系', '與原車主的關係', 'Relationship to the previous owner'),
        options: [
          { value: 'spouse', label: t('配偶', '配偶', 'Spouse') },
          { value: 'parent', label: t('父母', '父母', 'Parent') },
          { value: 'child', label: t('子女', '子女', 'Child') },
        ],
      },
      {
        name: 'transferReason',
        kind: 'select',
        required: true,
        label: t('转移原因', '轉移原因', 'Reason for the transfer'),
        options: [
          { value: 'inheritance', label: t('继承', '繼承', 'Inheritance') },
          { value: 'divorce', label: t('离婚析产', '離婚析產', 'Division of property on divorce') },
        ],
      },
    ],
    commitments: PERSONAL_COMMITMENTS,
  };
}
