/**
 * The Hangzhou catalog, from seed 001: lottery only (new-energy cars need
 * no indicator there), an SMS confirmation step before 完成申请, and the
 * ladder lottery (阶梯摇号) for persons.
 */
import type { CatalogData } from '../../contract/catalog-schema.ts';
import { monthlyPeriods } from '../periods.ts';
import { HANGZHOU_AREAS } from './areas.ts';
import { COMMON_PARTS, directKinds, familyTransferCategory, renewalCategories, wizardSteps } from './categories.ts';
import {
  applicantFields,
  areaField,
  contactFields,
  evidenceText,
  licenceFields,
  ownCarFields,
  socialInsuranceField,
  unitFields,
  type FieldData,
} from './fields.ts';
import { PERSONAL_COMMITMENTS, UNIT_COMMITMENTS } from './labels.ts';
import { t, type Place } from './text.ts';

const HANGZHOU: Place = { local: t('本市', '本市', 'the city'), plate: ['浙A'] };

/** A personal incremental application: the applicant, contact, the category's evidence, the licence, the own car, the ladder, the address. */
function personalIncremental(evidence: FieldData[]): FieldData[] {
  return [
    ...applicantFields(),
    ...evidence,
    ...licenceFields(),
    ...ownCarFields(HANGZHOU),
    {
      name: 'ladderOptIn',
      kind: 'yesno',
      required: true,
      defaultValue: 'no',
      showWhen: [{ applicationTypes: ['regular_lottery'] }],
      label: t('是否参加阶梯摇号', '是否參加階梯搖號', 'Join the ladder lottery?'),
    },
    ...contactFields(),
    areaField('residenceArea', t('在杭州居住区县', '在杭州居住區縣', 'District you live in')),
    {
      name: 'address',
      kind: 'text',
      required: true,
      maxLength: 100,
      rule: { name: 'text', params: { maxLength: 100 } },
      label: t('在杭州居住地址', '在杭州居住地址', 'Address in Hangzhou'),
    },
    { name: 'postcode', kind: 'digits', required: true, maxLength: 6, rule: { name: 'postcode' }, label: t('邮编', '郵遞區號', 'Postcode') },
  ];
}

export const HANGZHOU_CATALOG: CatalogData = {
  ...COMMON_PARTS,
  id: 'hangzhou',
  region: { code: '330100', name: t('杭州市', '杭州市', 'Hangzhou') },
  systemName: t('杭州市小客车总量调控管理信息系统', '杭州市小客車總量調控管理資訊系統', 'Hangzhou Passenger Car Quota Management System'),
  wizard: {
    steps: wizardSteps(['instructions', 'form', 'review', 'sms_confirm', 'done']),
    instructions: t(
      '单位和个人申请办理小客车注册登记、转移登记及迁入本市变更登记的，应当依照杭州市小客车总量调控管理规定取得指标。提交申请前将向您的手机发送短信验证码。',
      '單位和個人申請辦理小客車註冊登記、轉移登記及遷入本市變更登記的，應當依照杭州市小客車總量調控管理規定取得指標。提交申請前將向您的手機發送短信驗證碼。',
      'An organisation or person registering a passenger car, a transfer of ownership or a car moved into the city needs an indicator under the Hangzhou passenger car quota rules. Before the application is sent, an SMS code goes to your mobile phone.',
    ),
    instructionsDocument: null,
    acknowledgement: t('我已经阅读并同意上述规定', '我已經閱讀並同意上述規定', 'I have read and agree to the rules above'),
    done: t('申请已提交', '申請已提交', 'Your application has been submitted'),
  },
  indicatorKinds: [
    {
      id: 'incremental',
      label: t('增量指标', '增量指標', 'Incremental quota'),
      description: t(
        '增量指标是指符合条件的单位和个人新增小客车，通过摇号或者竞价方式取得的指标。本终端办理摇号申请。',
        '增量指標是指符合條件的單位和個人新增小客車，通過搖號或者競價方式取得的指標。本終端辦理搖號申請。',
        'An incremental quota lets an eligible organisation or person add a passenger car. It is obtained by lottery or by bidding; this terminal handles lottery applications.',
      ),
      applicationTypes: [
        { id: 'regular_lottery', label: t('普通小客车（摇号）', '普通小客車（搖號）', 'Regular car (lottery)'), allocation: 'lottery' },
      ],
    },
    ...directKinds(HANGZHOU),
  ],
  categories: [
    {
      id: 'local_resident',
      indicatorKind: 'incremental',
      applicantType: 'personal',
      label: t('本市户籍人员', '本市戶籍人員', 'Residents registered in the city (hukou)'),
      evidence: t('本市户籍', '本市戶籍', 'Household registration in the city'),
      applicationTypes: ['regular_lottery'],
      fields: personalIncremental([areaField('hukouArea', t('户籍所在区县', '戶籍所在區縣', 'District of household registration'))]),
      commitments: PERSONAL_COMMITMENTS,
    },
    {
      id: 'nonlocal_resident',
      indicatorKind: 'incremental',
      applicantType: 'personal',
      label: t(
        '非本市户籍人员（持有浙江省居住证且在本市连续缴纳社会养老保险满24个月）',
        '非本市戶籍人員（持有浙江省居住證且在本市連續繳納社會養老保險滿24個月）',
        'Non-residents with a Zhejiang residence permit and 24 months of pension insurance in the city',
      ),
      evidence: t('浙江省居住证（居住地为本市）及连续24个月社会养老保险缴纳记录', '浙江省居住證（居住地為本市）及連續24個月社會養老保險繳納記錄', 'A Zhejiang residence permit for the city and 24 months of pension insurance payments'),
      applicationTypes: ['regular_lottery'],
      fields: personalIncremental([
        evidenceText('residencePermitNumber', t('浙江省居住证编号', '浙江省居住證編號', 'Zhejiang residence permit number'), 30),
        socialInsuranceField(HANGZHOU, 24),
      ]),
      commitments: PERSONAL_COMMITMENTS,
    },
    {
      id: 'unit_enterprise',
      indicatorKind: 'incremental',
      applicantType: 'unit',
      label: t('本市注册的企业、事业单位和社会团体', '本市註冊的企業、事業單位和社會團體', 'Businesses, institutions and associations registered in the city'),
      evidence: t('本市营业执照或登记证书', '本市營業執照或登記證書', 'A business licence or registration certificate issued in the city'),
      applicationTypes: ['regular_lottery'],
      fields: unitFields(HANGZHOU, true),
      commitments: UNIT_COMMITMENTS,
    },
    ...renewalCategories(HANGZHOU),
    familyTransferCategory(HANGZHOU),
  ],
  notices: [
    {
      id: 'draw_witnesses',
      title: t('现场摇号', '現場搖號', 'The public draw'),
      text: t(
        '市调控办将于每月25日随机抽取申请人代表，参与26日（非工作日顺延）现场摇号活动，确保小客车摇号工作的公开、公平、公正。',
        '市調控辦將於每月25日隨機抽取申請人代表，參與26日（非工作日順延）現場搖號活動，確保小客車搖號工作的公開、公平、公正。',
        'On the 25th of each month the city’s quota office draws applicants’ representatives at random to attend the public draw on the 26th (the next working day if the 26th is not one), so that the draw is open, fair and just.',
      ),
      shownAt: ['review', 'periods'],
    },
    {
      id: 'check_results',
      title: t('温馨提示', '溫馨提示', 'Please note'),
      text: t(
        '请自行查询资格审核、摇号及竞价配置结果。',
        '請自行查詢資格審核、搖號及競價配置結果。',
        'Please look up the results of the eligibility review, the draws and the bidding yourself.',
      ),
      shownAt: ['applications', 'done'],
    },
  ],
  residenceAreas: HANGZHOU_AREAS,
  periods: monthlyPeriods(
    '202601',
    '202812',
    { closesOnDay: 8, reviewResultOnDay: 10, poolFreezesOnDay: 25, drawOnDay: 26, resultOnDay: 26 },
    { regular_lottery: 3000 },
  ),
  ladder: {
    applicationTypes: ['regular_lottery'],
    drawsPerStep: 24,
    maxSteps: 3,
    resetOnWin: true,
    optInField: 'ladderOptIn',
    countText: t(
      '截止{date}，您已累计参加杭州市小客车增量指标摇号 {count} 次。',
      '截止{date}，您已累計參加杭州市小客車增量指標搖號 {count} 次。',
      'As of {date} you have taken part in {count} Hangzhou incremental quota draws.',
    ),
    enrolPrompt: t(
      '您未参加阶梯摇号，需要参加阶梯摇号的，请点击“参加阶梯摇号”。',
      '您未參加階梯搖號，需要參加階梯搖號的，請點擊「參加階梯搖號」。',
      'You have not joined the ladder lottery. To join it, touch “Join the ladder lottery”.',
    ),
    enrolled: t('报名成功', '報名成功', 'You have joined the ladder lottery'),
  },
};
