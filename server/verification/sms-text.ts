import type { SmsPurpose } from '../../shared/validation/kinds.ts';

const ACTIONS: Record<SmsPurpose, string> = {
  register: '注册账号',
  reset_password: '找回密码',
  change_phone: '更换绑定手机号码',
  identity_login: '登录海南省政务服务网',
  application_confirm: '提交小客车指标申请',
};

/** The text of a verification SMS (Chinese, as the operator sends it), signed with the catalog's region (海南省, 杭州市). */
export function smsText(purpose: SmsPurpose, code: string, validMinutes: number, region: string): string {
  return `【${region}小客车指标管理】您正在${ACTIONS[purpose]}，验证码${code}，${validMinutes}分钟内有效。请勿将验证码告知他人。`;
}
