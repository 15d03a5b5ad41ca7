import type { Messages } from './zh-CN.ts';

/** Traditional Chinese. */
const zhTW: Messages = {
  app: {
    systemName: '海南省小客車保有量調控管理資訊系統',
  },
  language: {
    switchLabel: '選擇語言',
  },
  connectivity: {
    online: '已連線中心系統',
    offline: '網路中斷，提交將在恢復後傳送',
    unknown: '正在檢查網路',
  },
  common: {
    back: '返回',
    retry: '重試',
    loading: '正在載入，請稍候',
  },
  attract: {
    prompt: '輕觸螢幕開始辦理',
    services: '可辦理：註冊、登入、政策諮詢',
    terminal: '終端編號 {terminalId}　版本 {version}',
  },
  home: {
    heading: '請選擇您要辦理的業務',
    backToStart: '返回開始頁面',
    register: {
      title: '註冊',
      description: '首次使用，建立個人帳戶',
    },
    login: {
      title: '登入',
      description: '已有帳戶，登入後辦理業務',
    },
    policy: {
      title: '政策諮詢',
      description: '查閱小客車保有量調控管理規定',
    },
  },
  policy: {
    updatedAt: '更新日期：{date}',
    pageUp: '上一頁',
    pageDown: '下一頁',
  },
  serviceUnavailable: {
    message: '本終端暫未開通此項服務。',
    advice: '請至服務窗口洽詢工作人員辦理。',
  },
  errors: {
    generic: '系統暫時無法完成操作，請稍後重試或洽詢窗口工作人員。',
    validation_failed: '提交的資料有誤，請檢查後重試。',
    not_found: '找不到所需內容，請洽詢窗口工作人員。',
    method_not_allowed: '系統暫時無法完成操作，請洽詢窗口工作人員。',
    payload_too_large: '提交的內容過大，請洽詢窗口工作人員。',
    internal_error: '中心系統暫時無法提供服務，請稍後重試。',
    api: {
      unreachable: '暫時無法連線中心系統，請稍後重試。',
      timeout: '中心系統回應逾時，請稍後重試。',
      bad_response: '中心系統暫時無法提供服務，請稍後重試。',
    },
    ipc: {
      unknown_channel: '本終端發生故障，請洽詢窗口工作人員。',
      invalid_request: '本終端發生故障，請洽詢窗口工作人員。',
      forbidden_sender: '本終端發生故障，請洽詢窗口工作人員。',
      invalid_response: '中心系統回傳的內容無法識別，請稍後重試。',
      handler_failed: '本終端發生故障，請洽詢窗口工作人員。',
    },
  },
};

export default zhTW;
