/**
 * The Hainan catalog (the reference server's default), from seed 000: the
 * 海南省小客车保有量调控管理信息系统's indicator kinds, applicant categories
 * and their fields, commitments and notices.
 */
import type { CatalogData } from '../../contract/catalog-schema.ts';
import { monthlyPeriods } from '../periods.ts';
import { HAINAN_AREAS } from './areas.ts';
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
  vehicleFields,
  type FieldData,
} from './fields.ts';
import { PERSONAL_COMMITMENTS, UNIT_COMMITMENTS } from './labels.ts';
import { t, type Place } from './text.ts';

const HAINAN: Place = { local: t('本省', '本省', 'the province'), plate: ['琼'] };

const INCREMENTAL_TYPES = ['regular_lottery', 'new_energy_queue'];

/** A personal incremental application: the applicant, contact, 在琼现居地, the category's evidence, the own car, the licence. */
function personalIncremental(evidence: FieldData[]): FieldData[] {
  return [
    ...applicantFields(),
    ...contactFields(),
    areaField('residenceArea', t('在琼现居地', '在瓊現居地', 'Where you live in Hainan')),
    ...evidence,
    ...ownCarFields(HAINAN),
    ...licenceFields(),
  ];
}

/** A personal category of 增量指标. */
function incrementalCategory(id: string, label: ReturnType<typeof t>, evidence: ReturnType<typeof t>, fields: FieldData[]) {
  return {
    id,
    indicatorKind: 'incremental',
    applicantType: 'personal' as const,
    label,
    evidence,
    applicationTypes: INCREMENTAL_TYPES,
    fields: personalIncremental(fields),
    commitments: PERSONAL_COMMITMENTS,
  };
}

const TALENT_CERTIFICATE = evidenceText('talentCertificateNumber', t('人才证书编号', '人才證書編號', 'Talent certificate number'), 40);

export const HAINAN_CATALOG: CatalogData = {
  ...COMMON_PARTS,
  id: 'hainan',
  region: { code: '460000', name: t('海南省', '海南省', 'Hainan Province') },
  systemName: t('海南省小客车保有量调控管理信息系统', '海南省小客車保有量調控管理資訊系統', 'Hainan Passenger Car Quota Management System'),
  wizard: {
    steps: wizardSteps(['instructions', 'form', 'review', 'done']),
    instructions: t(
      '请阅读《海南省小客车保有量调控管理办法（试行）》',
      '請閱讀《海南省小客車保有量調控管理辦法（試行）》',
      'Please read the Hainan Passenger Car Quota Management Measures (Trial)',
    ),
    instructionsDocument: 'management-rules',
    acknowledgement: t('我已经阅读并同意上述管理办法', '我已經閱讀並同意上述管理辦法', 'I have read and agree to the rules above'),
    done: t('恭喜！填报成功', '恭喜！填報成功', 'Done: your application has been submitted'),
  },
  indicatorKinds: [
    {
      id: 'incremental',
      label: t('增量指标', '增量指標', 'Incremental quota'),
      description: t(
        '增量指标是指符合管理办法规定条件的单位或个人新增小客车，通过排号方式或摇号、竞价方式取得的指标。',
        '增量指標是指符合管理辦法規定條件的單位或個人新增小客車，通過排號方式或搖號、競價方式取得的指標。',
        'An incremental quota lets an organisation or person who meets the rules add a passenger car. It is obtained in a queue, by lottery or by bidding.',
      ),
      applicationTypes: [
        { id: 'regular_lottery', label: t('普通小客车（摇号）', '普通小客車（搖號）', 'Regular car (lottery)'), allocation: 'lottery' },
        { id: 'new_energy_queue', label: t('新能源小客车（排号）', '新能源小客車（排號）', 'New-energy car (queue)'), allocation: 'queue' },
      ],
    },
    ...directKinds(HAINAN),
  ],
  categories: [
    incrementalCategory(
      'local_resident',
      t('本省户籍人员', '本省戶籍人員', 'Residents registered in the province (hukou)'),
      t('本省户籍', '本省戶籍', 'Household registration in the province'),
      [areaField('hukouArea', t('户籍所在地', '戶籍所在地', 'Place of household registration'))],
    ),
    incrementalCategory(
      'nonlocal_home_contract',
      t('非本省户籍人员（持有本省购房网签备案记录）', '非本省戶籍人員（持有本省購房網簽備案記錄）', 'Non-residents with a registered home purchase contract in the province'),
      t('本省购房网签备案记录', '本省購房網簽備案記錄', 'A registered home purchase contract in the province'),
      [evidenceText('homeContractNumber', t('网签备案合同编号', '網簽備案合同編號', 'Registered contract number'), 40)],
    ),
    incrementalCategory(
      'nonlocal_property',
      t('非本省户籍人员（持有本省不动产权证）', '非本省戶籍人員（持有本省不動產權證）', 'Non-residents owning real estate in the province'),
      t('本省不动产权证', '本省不動產權證', 'A real estate title certificate in the province'),
      [evidenceText('propertyCertificateNumber', t('不动产权证号', '不動產權證號', 'Real estate title certificate number'))],
    ),
    incrementalCategory(
      'nonlocal_social_insurance',
      t(
        '非本省户籍人员（持有本省居住证且连续缴纳社会保险满12个月）',
        '非本省戶籍人員（持有本省居住證且連續繳納社會保險滿12個月）',
        'Non-residents with a residence permit and 12 months of social insurance in the province',
      ),
      t('本省居住证及连续12个月社会保险缴纳记录', '本省居住證及連續12個月社會保險繳納記錄', 'A residence permit and 12 months of social insurance payments in the province'),
      [evidenceText('residencePermitNumber', t('居住证编号', '居住證編號', 'Residence permit number'), 30), socialInsuranceField(HAINAN, 12)],
    ),
    incrementalCategory(
      'talent',
      t('高层次人才', '高層次人才', 'High-level talent'),
      t('本省认定的高层次人才证书', '本省認定的高層次人才證書', 'A high-level talent certificate recognised by the province'),
      [TALENT_CERTIFICATE],
    ),
    incrementalCategory(
      'civil_servant',
      t('党政机关及参照公务员法管理单位工作人员', '黨政機關及參照公務員法管理單位工作人員', 'Staff of Party and government bodies and similar institutions'),
      t('在本省党政机关或参公单位的工作证明', '在本省黨政機關或參公單位的工作證明', 'Proof of employment at such a body in the province'),
      [
        evidenceText('employerName', t('工作单位名称', '工作單位名稱', 'Employer'), 100),
        { name: 'employerCreditCode', kind: 'text', required: true, maxLength: 18, rule: { name: 'credit_code' }, label: t('工作单位统一社会信用代码', '工作單位統一社會信用代碼', 'Employer’s unified social credit code') },
      ],
    ),
    incrementalCategory(
      'military',
      t('驻琼部队现役军人', '駐瓊部隊現役軍人', 'Serving members of the armed forces stationed in Hainan'),
      t('军官证或士兵证', '軍官證或士兵證', 'An officer’s or soldier’s card'),
      [evidenceText('militaryIdNumber', t('军官证或士兵证号码', '軍官證或士兵證號碼', 'Officer’s or soldier’s card number'), 30)],
    ),
    incrementalCategory(
      'hmt_foreign',
      t('在琼居住的港澳台居民及外籍人员', '在瓊居住的港澳台居民及外籍人員', 'Residents of Hong Kong, Macao and Taiwan, and foreign nationals, living in Hainan'),
      t('境外人员住宿登记凭证', '境外人員住宿登記憑證', 'An accommodation registration for people from outside the mainland'),
      [evidenceText('stayRegistrationNumber', t('境外人员住宿登记凭证编号', '境外人員住宿登記憑證編號', 'Accommodation registration number'), 30)],
    ),
    {
      id: 'unit_enterprise',
      indicatorKind: 'incremental',
      applicantType: 'unit',
      label: t('本省注册的企业', '本省註冊的企業', 'Businesses registered in the province'),
      evidence: t('本省营业执照', '本省營業執照', 'A business licence issued in the province'),
      applicationTypes: INCREMENTAL_TYPES,
      fields: unitFields(HAINAN, true),
      commitments: UNIT_COMMITMENTS,
    },
    {
      id: 'unit_public',
      indicatorKind: 'incremental',
      applicantType: 'unit',
      label: t('本省机关、事业单位和社会团体', '本省機關、事業單位和社會團體', 'Public bodies, institutions and associations in the province'),
      evidence: t('本省统一社会信用代码证书', '本省統一社會信用代碼證書', 'A unified social credit code certificate issued in the province'),
      applicationTypes: INCREMENTAL_TYPES,
      fields: unitFields(HAINAN, true),
      commitments: UNIT_COMMITMENTS,
    },
    ...renewalCategories(HAINAN),
    familyTransferCategory(HAINAN),
    {
      id: 'other_talent_relocation',
      indicatorKind: 'other',
      applicantType: 'personal',
      label: t('引进人才将本人名下小客车迁入本省', '引進人才將本人名下小客車遷入本省', 'Recruited talent moving their own car into the province'),
      evidence: t('本省人才引进证明及原籍机动车登记证书', '本省人才引進證明及原籍機動車登記證書', 'Proof of recruitment by the province and the car’s registration certificate'),
      applicationTypes: ['other'],
      fields: [...applicantFields(), ...contactFields(), TALENT_CERTIFICATE, ...vehicleFields([])],
      commitments: PERSONAL_COMMITMENTS,
    },
    {
      id: 'other_unit_restructuring',
      indicatorKind: 'other',
      applicantType: 'unit',
      label: t('单位合并、分立', '單位合併、分立', 'Merger or division of an organisation'),
      evidence: t('合并或分立的批准文件', '合併或分立的批准文件', 'The approval of the merger or division'),
      applicationTypes: ['other'],
      fields: [
        ...unitFields(HAINAN, false),
        ...vehicleFields(HAINAN.plate),
        { name: 'previousUnitName', kind: 'text', required: true, maxLength: 100, rule: { name: 'unit_name' }, label: t('原单位名称', '原單位名稱', 'Previous organisation’s name') },
        { name: 'previousUnitCreditCode', kind: 'text', required: true, maxLength: 18, rule: { name: 'credit_code' }, label: t('原单位统一社会信用代码', '原單位統一社會信用代碼', 'Previous organisation’s unified social credit code') },
        {
          name: 'restructuringKind',
          kind: 'select',
          required: true,
          label: t('变更方式', '變更方式', 'Kind of change'),
          options: [
            { value: 'merger', label: t('合并', '合併', 'Merger') },
            { value: 'division', label: t('分立', '分立', 'Division') },
          ],
        },
      ],
      commitments: UNIT_COMMITMENTS,
    },
  ],
  notices: [
    {
      id: 'draw_witnesses',
      title: t('现场摇号', '現場搖號', 'The public draw'),
      text: t(
        '海南省小客车保有量调控领导小组办公室于每月25日随机抽取申请人代表，参与26日现场摇号活动，确保小客车摇号工作的公开、公平、公正。',
        '海南省小客車保有量調控領導小組辦公室於每月25日隨機抽取申請人代表，參與26日現場搖號活動，確保小客車搖號工作的公開、公平、公正。',
        'On the 25th of each month the office draws applicants’ representatives at random to attend the public draw on the 26th, so that the draw is open, fair and just.',
      ),
      shownAt: ['review', 'periods'],
    },
    {
      id: 'indicator_kinds',
      title: t('小客车指标', '小客車指標', 'Passenger car quotas'),
      text: t(
        '小客车指标包括增量指标、更新指标和其他指标。',
        '小客車指標包括增量指標、更新指標和其他指標。',
        'Passenger car quotas are incremental, renewal or other quotas.',
      ),
      shownAt: ['applications'],
    },
  ],
  residenceAreas: HAINAN_AREAS,
  periods: monthlyPeriods(
    '202601',
    '202812',
    { closesOnDay: 8, reviewResultOnDay: 15, poolFreezesOnDay: 25, drawOnDay: 26, resultOnDay: 26 },
    { regular_lottery: 3000, new_energy_queue: 8000 },
  ),
  ladder: null,
};
