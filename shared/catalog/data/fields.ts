/**
 * Field definitions both catalogs build their forms from. `place` words
 * the jurisdiction (本省 / 本市) and the plates registered there.
 */
import type { z } from 'zod';
import type { catalogFieldSchema } from '../../contract/catalog-fields.ts';
import { ID_TYPES } from '../../validation/id-number.ts';
import { CAR_LICENCE_CLASSES } from './licence-classes.ts';
import { t, type Place } from './text.ts';

/** A field as the catalog data writes it (showWhen may be left out). */
export type FieldData = z.input<typeof catalogFieldSchema>;

const ID_TYPE_LABELS = {
  resident_id: t('居民身份证', '居民身份證', 'Resident ID card'),
  residence_permit: t('港澳台居民居住证', '港澳台居民居住證', 'Residence permit (HK, Macao, Taiwan)'),
  foreign_permanent_id: t('外国人永久居留身份证', '外國人永久居留身份證', 'Foreign permanent residence ID'),
  hk_macao_permit: t('港澳居民来往内地通行证', '港澳居民來往內地通行證', 'HK/Macao travel permit'),
  taiwan_permit: t('台湾居民来往大陆通行证', '台灣居民來往大陸通行證', 'Taiwan travel permit'),
  passport: t('护照', '護照', 'Passport'),
};

/** A text with the place's word (本省, 本市...) wherever it says {place}. */
export function placed(place: Place, zhCN: string, zhTW: string, en: string) {
  return t(
    zhCN.replaceAll('{place}', place.local['zh-CN']),
    zhTW.replaceAll('{place}', place.local['zh-TW']),
    en.replaceAll('{place}', place.local.en),
  );
}

/** 申请人姓名, 证件类型, 证件号码 from the account; 性别 and 出生日期 derived from a GB 11643 number. */
export function applicantFields(): FieldData[] {
  return [
    { name: 'applicantName', kind: 'readonly-from-account', accountField: 'name', required: true, label: t('申请人姓名', '申請人姓名', 'Applicant’s name') },
    { name: 'idType', kind: 'readonly-from-account', accountField: 'idType', required: true, label: t('证件类型', '證件類型', 'Document type') },
    { name: 'idNumber', kind: 'readonly-from-account', accountField: 'idNumber', required: true, label: t('证件号码', '證件號碼', 'Document number') },
    {
      name: 'sex',
      kind: 'select',
      required: true,
      derive: 'sex_from_id_number',
      label: t('性别', '性別', 'Sex'),
      options: [
        { value: 'male', label: t('男', '男', 'Male') },
        { value: 'female', label: t('女', '女', 'Female') },
      ],
    },
    {
      name: 'birthDate',
      kind: 'date',
      required: true,
      derive: 'birth_date_from_id_number',
      rule: { name: 'date', params: { notAfterToday: true } },
      label: t('出生日期', '出生日期', 'Date of birth'),
    },
  ];
}

/** 固定电话 and 电子邮箱, both optional. */
export function contactFields(): FieldData[] {
  return [
    { name: 'landline', kind: 'text', required: false, maxLength: 20, rule: { name: 'landline' }, label: t('固定电话', '固定電話', 'Landline') },
    { name: 'email', kind: 'text', required: false, maxLength: 100, rule: { name: 'email' }, label: t('电子邮箱', '電子郵箱', 'E-mail') },
  ];
}

/** 本人名下是否有在本省登记的小客车, and its plate when 是. */
export function ownCarFields(place: Place): FieldData[] {
  return [
    {
      name: 'hasCar',
      kind: 'yesno',
      required: true,
      defaultValue: 'no',
      label: placed(place, '本人名下是否有在{place}登记的小客车', '本人名下是否有在{place}登記的小客車', 'Is a passenger car registered in {place} in your name?'),
    },
    {
      name: 'carPlate',
      kind: 'text',
      required: true,
      maxLength: 8,
      rule: { name: 'plate_number', params: { prefixes: place.plate } },
      showWhen: [{ field: 'hasCar', oneOf: ['yes'] }],
      label: t('该小客车的号牌号码', '該小客車的號牌號碼', 'Plate number of that car'),
    },
  ];
}

/** 申请驾照时使用的证件类型, 机动车驾驶证证号 (checked against the ID number), 档案编号, 准驾车型. */
export function licenceFields(): FieldData[] {
  return [
    {
      name: 'licenceIdType',
      kind: 'select',
      required: true,
      defaultValue: 'resident_id',
      options: ID_TYPES.map((value) => ({ value, label: ID_TYPE_LABELS[value] })),
      label: t('申请驾照时使用的证件类型', '申請駕照時使用的證件類型', 'Document the driving licence was issued on'),
    },
    {
      name: 'licenceNumber',
      kind: 'text',
      required: true,
      maxLength: 18,
      rule: { name: 'licence_number', params: { idTypeField: 'licenceIdType' } },
      label: t('机动车驾驶证证号', '機動車駕駛證證號', 'Driving licence number'),
      hint: t('与申请驾照时使用的证件号码相同', '與申請駕照時使用的證件號碼相同', 'The number of the document the licence was issued on'),
    },
    {
      name: 'licenceFileNumber',
      kind: 'digits',
      required: true,
      maxLength: 12,
      rule: { name: 'licence_file_number' },
      label: t('机动车驾驶证档案编号', '機動車駕駛證檔案編號', 'Driving licence file number'),
      hint: t('12位数字', '12位數字', '12 digits'),
    },
    {
      name: 'licenceClasses',
      kind: 'multiselect',
      required: true,
      optionsFrom: 'licenceClasses',
      defaultValue: ['C1'],
      rule: { name: 'licence_classes', params: { anyOf: CAR_LICENCE_CLASSES } },
      label: t('准驾车型（可多选）', '准駕車型（可多選）', 'Licence classes (choose all that apply)'),
    },
  ];
}

/** A residence, household-registration or registration district of the catalog's areas. */
export function areaField(name: string, label: ReturnType<typeof t>): FieldData {
  return { name, kind: 'area', required: true, label };
}

/** A free-text evidence field (a certificate or contract number). */
export function evidenceText(name: string, label: ReturnType<typeof t>, maxLength = 60): FieldData {
  return { name, kind: 'text', required: true, maxLength, rule: { name: 'text', params: { maxLength } }, label };
}

/** Months of social insurance paid without a break, at least `minimum`. */
export function socialInsuranceField(place: Place, minimum: number): FieldData {
  return {
    name: 'socialInsuranceMonths',
    kind: 'digits',
    required: true,
    maxLength: 3,
    rule: { name: 'digits', params: { min: minimum, max: 600 } },
    label: placed(place, '在{place}连续缴纳社会保险月数', '在{place}連續繳納社會保險月數', 'Months of social insurance paid in {place} without a break'),
    hint: t(`不少于${minimum}个月`, `不少於${minimum}個月`, `At least ${minimum} months`),
  };
}

/** 单位名称, 统一社会信用代码, 经办人 from the unit's account; its registration district, address, landline, postcode and cars. */
export function unitFields(place: Place, withCars: boolean): FieldData[] {
  return [
    { name: 'unitName', kind: 'readonly-from-account', accountField: 'name', required: true, label: t('单位名称', '單位名稱', 'Organisation name') },
    { name: 'creditCode', kind: 'readonly-from-account', accountField: 'creditCode', required: true, label: t('统一社会信用代码', '統一社會信用代碼', 'Unified social credit code') },
    { name: 'contactName', kind: 'readonly-from-account', accountField: 'contactName', required: true, label: t('经办人姓名', '經辦人姓名', 'Name of the person handling it') },
    { name: 'contactIdNumber', kind: 'readonly-from-account', accountField: 'idNumber', required: true, label: t('经办人证件号码', '經辦人證件號碼', 'That person’s document number') },
    { name: 'contactPhone', kind: 'readonly-from-account', accountField: 'phone', required: true, label: t('经办人手机号码', '經辦人手機號碼', 'That person’s mobile number') },
    areaField('registeredArea', t('单位注册地', '單位註冊地', 'Where the organisation is registered')),
    { name: 'unitAddress', kind: 'text', required: true, maxLength: 100, rule: { name: 'text', params: { maxLength: 100 } }, label: t('单位地址', '單位地址', 'Organisation’s address') },
    { name: 'unitLandline', kind: 'text', required: true, maxLength: 20, rule: { name: 'landline' }, label: t('单位固定电话', '單位固定電話', 'Organisation’s landline') },
    { name: 'unitPostcode', kind: 'digits', required: true, maxLength: 6, rule: { name: 'postcode' }, label: t('邮政编码', '郵遞區號', 'Postcode') },
    ...(withCars
      ? [
          {
            name: 'registeredCars',
            kind: 'digits',
            required: true,
            maxLength: 6,
            rule: { name: 'digits', params: { min: 0, max: 100000 } },
            label: placed(place, '本单位名下在{place}登记的小客车数量', '本單位名下在{place}登記的小客車數量', 'Passenger cars registered in {place} to the organisation'),
          } satisfies FieldData,
        ]
      : []),
  ];
}

/** 号牌号码 and 车辆识别代号 of the car the indicator is about; `prefixes` limits the plate to the place's (none: any province). */
export function vehicleFields(prefixes: string[]): FieldData[] {
  return [
    {
      name: 'vehiclePlate',
      kind: 'text',
      required: true,
      maxLength: 8,
      rule: { name: 'plate_number', params: { prefixes } },
      label: t('号牌号码', '號牌號碼', 'Plate number'),
    },
    {
      name: 'vin',
      kind: 'text',
      required: true,
      maxLength: 17,
      rule: { name: 'vin' },
      label: t('车辆识别代号', '車輛識別代號', 'Vehicle identification number (VIN)'),
      hint: t('17位，不含字母I、O、Q', '17位，不含字母I、O、Q', '17 characters, never the letters I, O or Q'),
    },
    {
      name: 'plateIssuedOn',
      kind: 'date',
      required: true,
      rule: { name: 'date', params: { notAfterToday: true } },
      label: t('机动车号牌发证日期', '機動車號牌發證日期', 'Date the plates were issued'),
    },
  ];
}

/** 登记变更类型 and its date (within the 12 months before applying, not before the plates were issued): what a 更新指标 rests on. */
export function registrationChangeFields(place: Place): FieldData[] {
  return [
    {
      name: 'changeKind',
      kind: 'select',
      required: true,
      label: t('登记变更类型', '登記變更類型', 'Kind of registration change'),
      options: [
        { value: 'transfer', label: t('转移登记', '轉移登記', 'Transfer of ownership') },
        { value: 'deregistration', label: t('注销登记', '註銷登記', 'Deregistration') },
        { value: 'moved_out', label: placed(place, '迁出{place}', '遷出{place}', 'Moved out of {place}') },
      ],
    },
    {
      name: 'changedOn',
      kind: 'date',
      required: true,
      rule: { name: 'date', params: { notAfterToday: true, withinMonths: 12, notBeforeField: 'plateIssuedOn' } },
      label: t('登记变更日期', '登記變更日期', 'Date of the registration change'),
      hint: t('须在申请前12个月内', '須在申請前12個月內', 'Within the 12 months before applying'),
    },
  ];
}
