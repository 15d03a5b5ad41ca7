import type { Catalog } from '../../contract/catalog-schema.ts';
import { t } from './text.ts';

/** What each application status is called (both catalogs). */
export const STATUS_LABELS: Catalog['statusLabels'] = {
  new: t('新申请', '新申請', 'New application'),
  under_review: t('审核中', '審核中', 'Under review'),
  approved: t('审核通过', '審核通過', 'Approved'),
  rejected: t('审核不通过', '審核不通過', 'Not approved'),
  awaiting_draw: t('待摇号', '待搖號', 'Awaiting the draw'),
  queued: t('排号中', '排號中', 'In the queue'),
  won: t('中签', '中籤', 'Indicator obtained'),
  not_won: t('未中签', '未中籤', 'Not drawn this time'),
  cancelled: t('已取消', '已取消', 'Cancelled'),
};

/** What each indicator status is called (both catalogs). */
export const INDICATOR_STATUS_LABELS: Catalog['indicatorStatusLabels'] = {
  valid: t('有效', '有效', 'Valid'),
  used: t('已使用', '已使用', 'Used'),
  expired: t('已过期', '已過期', 'Expired'),
};

/** The wizard's step names. */
export const STEP_LABELS = {
  instructions: t('填报说明', '填報說明', 'Instructions'),
  form: t('申报填写', '申報填寫', 'Fill in'),
  review: t('信息确认', '信息確認', 'Check and confirm'),
  sms_confirm: t('短信确认', '短信確認', 'SMS confirmation'),
  done: t('完成申请', '完成申請', 'Done'),
};

/** The commitments of seed 000 (a person) and the same for a unit. */
export const COMMITMENTS = [
  {
    id: 'no_unscrapped_vehicle',
    text: t(
      '本人承诺名下没有应当报废未办理注销登记的其他机动车。',
      '本人承諾名下沒有應當報廢未辦理註銷登記的其他機動車。',
      'I declare that no other motor vehicle in my name is due for scrapping without having been deregistered.',
    ),
  },
  {
    id: 'truthful',
    text: t(
      '本人承诺所填信息真实有效，并已知悉提供虚假信息、材料的，将被取消申请资格，收回已取得的指标，且3年内不得再提出申请，并承担相应的法律责任。',
      '本人承諾所填信息真實有效，並已知悉提供虛假信息、材料的，將被取消申請資格，收回已取得的指標，且3年內不得再提出申請，並承擔相應的法律責任。',
      'I declare that the information I have given is true and valid. I understand that if I give false information or documents, my application will be cancelled, any indicator obtained will be withdrawn, I may not apply again for 3 years, and I will bear the legal consequences.',
    ),
  },
  {
    id: 'unit_no_unscrapped_vehicle',
    text: t(
      '本单位承诺名下没有应当报废未办理注销登记的其他机动车。',
      '本單位承諾名下沒有應當報廢未辦理註銷登記的其他機動車。',
      'The organisation declares that no other motor vehicle in its name is due for scrapping without having been deregistered.',
    ),
  },
  {
    id: 'unit_truthful',
    text: t(
      '本单位承诺所填信息真实有效，并已知悉提供虚假信息、材料的，将被取消申请资格，收回已取得的指标，且3年内不得再提出申请，并承担相应的法律责任。',
      '本單位承諾所填信息真實有效，並已知悉提供虛假信息、材料的，將被取消申請資格，收回已取得的指標，且3年內不得再提出申請，並承擔相應的法律責任。',
      'The organisation declares that the information given is true and valid. It understands that if it gives false information or documents, its application will be cancelled, any indicator obtained will be withdrawn, it may not apply again for 3 years, and it will bear the legal consequences.',
    ),
  },
];

/** The commitment ids a person ticks, and a unit. */
export const PERSONAL_COMMITMENTS = ['no_unscrapped_vehicle', 'truthful'];
export const UNIT_COMMITMENTS = ['unit_no_unscrapped_vehicle', 'unit_truthful'];

/** An indicator's validity and what not using it costs (seed 001). */
export const INDICATOR_RULES: Catalog['indicatorRules'] = {
  validityMonths: 12,
  validity: t(
    '指标有效期为12个月。逾期未使用的，视为放弃指标。',
    '指標有效期為12個月。逾期未使用的，視為放棄指標。',
    'An indicator is valid for 12 months. One not used in time is treated as given up.',
  ),
  penalty: t(
    '逾期未使用以摇号方式取得的指标的，自有效期届满次日起，两年内不得申请增量指标。',
    '逾期未使用以搖號方式取得的指標的，自有效期屆滿次日起，兩年內不得申請增量指標。',
    'Whoever does not use an indicator won in a draw before it expires may not apply for an incremental indicator for two years from the day after it expired.',
  ),
};
