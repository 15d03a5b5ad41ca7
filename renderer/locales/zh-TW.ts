import type { Messages } from './zh-CN.ts';
import accountsZhTW from './accounts/zh-TW.ts';
import applicationsZhTW from './applications/zh-TW.ts';
import outboxZhTW from './outbox/zh-TW.ts';
import sessionZhTW from './session/zh-TW.ts';

/** Traditional Chinese. */
const zhTW: Messages = {
  ...accountsZhTW,
  ...applicationsZhTW,
  ...sessionZhTW,
  ...outboxZhTW,
  app: {
    systemName: '海南省小客車保有量調控管理資訊系統',
  },
  language: {
    switchLabel: '選擇語言',
  },
  connectivity: {
    online: '已連線中心系統',
    offline: '網路暫時中斷，暫時無法辦理需要連網的業務，請稍後再試或洽詢工作人員',
    unknown: '正在檢查網路',
  },
  common: {
    back: '返回',
    retry: '重試',
    loading: '正在載入，請稍候',
    moreBelow: '下面還有內容',
  },
  attract: {
    prompt: '輕觸螢幕開始辦理',
    services: '可辦理：註冊、登入、政策諮詢、辦事指南',
    terminal: '終端編號 {terminalId}　版本 {version}',
  },
  home: {
    heading: '請選擇您要辦理的業務',
    backToStart: '返回開始頁面',
    register: {
      title: '註冊',
      description: '首次使用，為個人或單位建立帳戶',
    },
    login: {
      title: '登入',
      description: '已有帳戶，登入後辦理業務',
    },
    policy: {
      title: '政策諮詢',
      description: '查閱小客車保有量調控管理規定',
    },
    guide: {
      title: '辦事指南',
      description: '怎樣註冊、登入、找回密碼',
    },
    hotlines: '小客車業務諮詢電話：{numbers}',
  },
  policy: {
    publishedOn: '發布日期：{date}',
    pageUp: '上一頁',
    pageDown: '下一頁',
  },
  keyboard: {
    label: '螢幕鍵盤',
    backspace: '刪除',
    clear: '清空',
    done: '完成',
    space: '空格',
    shift: '大寫',
    symbols: '符號',
    letters: '字母',
    rare: '罕用字',
    chinese: '中',
    latin: '英',
    langSwitch: '中英文切換',
    pinyinHint: '輸入拼音，再點選漢字',
    latinHint: '正在輸入英文字母',
    candidates: '候選漢字',
    previous: '上一組',
    next: '下一組',
    noMatch: '沒有對應的漢字，請檢查拼音',
    full: '已達到最多 {max} 個字元',
  },
  form: {
    required: '必填',
    errorLabel: '錯誤：',
    warningLabel: '請注意：',
    show: '顯示',
    hide: '隱藏',
    countdown: '重新獲取（{seconds}秒）',
  },
  errors: {
    generic: '系統暫時無法完成操作，請稍後重試或洽詢窗口工作人員。',
    validation_failed: '提交的資料有誤，請檢查後重試。',
    not_found: '找不到所需內容，請洽詢窗口工作人員。',
    method_not_allowed: '系統暫時無法完成操作，請洽詢窗口工作人員。',
    payload_too_large: '提交的內容過大，請洽詢窗口工作人員。',
    internal_error: '中心系統暫時無法提供服務，請稍後重試。',
    captcha_invalid: '圖片驗證碼不正確，請重新輸入。',
    captcha_expired: '圖片驗證碼已過期，請重新輸入。',
    sms_code_invalid: '簡訊驗證碼不正確。',
    sms_code_expired: '簡訊驗證碼已失效，請重新獲取。',
    sms_code_exhausted: '簡訊驗證碼錯誤次數過多，請重新獲取。',
    sms_resend_too_soon: '簡訊驗證碼發送過於頻繁，請 {seconds} 秒後再試。',
    phone_taken: '該手機號碼已被註冊。',
    id_number_taken: '該證件號碼已被註冊。',
    credit_code_taken: '該統一社會信用代碼已被註冊。',
    username_taken: '該用戶名已被使用。',
    same_phone: '新手機號碼與目前手機號碼相同。',
    wrong_password: '目前密碼不正確。',
    invalid_credentials: '帳號或密碼錯誤，請核對後重試。',
    account_locked: '密碼錯誤次數過多，請 {minutes} 分鐘後再試。如忘記密碼，可通過「忘記密碼」重新設定。',
    unauthorized: '登入已失效，請重新登入。',
    too_many_requests: '操作過於頻繁，請 {minutes} 分鐘後再試。',
    unsupported_media_type: '本終端傳送的內容無法識別，請諮詢窗口工作人員。',
    catalog_version_mismatch: '申請表已更新，請重新填寫。',
    idempotency_key_reused: '本終端重複提交了內容不同的申請，請諮詢窗口工作人員。',
    application_exists: '您已有一份此類指標的申請正在辦理，不能重複申請。',
    no_open_period: '目前沒有可申請的期次，請稍後再試。',
    application_not_cancellable: '該申請已有審核結果，不能取消。',
    cancellation_closed_today: '凍結搖號池當日和搖號當日不能取消申請，請改日辦理。',
    ladder_not_offered: '本系統不提供階梯搖號，或您的賬戶不能參加。',
    not_account_phone: '驗證碼只能發送到您賬戶綁定的手機號碼。',
    invalid_transition: '該申請目前的狀態不能進行此操作。',
    catalog: {
      unreadable: '本終端暫時無法讀取中心系統的最新辦理規則，暫不能辦理申請，請諮詢窗口工作人員。',
    },
    receipt: {
      print_failed: '回執未能列印，請諮詢窗口工作人員。這不影響您的申請。',
    },
    outbox: {
      unencrypted: '網路暫時中斷，本終端無法安全保存您的資訊，申請未保存。請稍後再試或諮詢窗口工作人員。',
      disk_full: '網路暫時中斷，本終端儲存空間不足，申請未能保存。請諮詢窗口工作人員。',
      write_failed: '網路暫時中斷，申請未能保存在本機。請諮詢窗口工作人員。',
      invalid_entry: '本終端出現故障，申請未能保存，請諮詢窗口工作人員。',
      closed: '本終端正在關閉，申請未能保存，請稍後再試。',
    },
    api: {
      unreachable: '暫時無法連線中心系統，請稍後重試。',
      timeout: '中心系統回應逾時，請稍後重試。',
      bad_response: '中心系統暫時無法提供服務，請稍後重試。',
    },
    ipc: {
      unknown_channel: '本終端發生故障，請洽詢窗口工作人員。',
      unknown_event: '本終端發生故障，請洽詢窗口工作人員。',
      payload_too_large: '提交的內容過大，請洽詢窗口工作人員。',
      invalid_request: '本終端發生故障，請洽詢窗口工作人員。',
      forbidden_sender: '本終端發生故障，請洽詢窗口工作人員。',
      invalid_response: '中心系統回傳的內容無法識別，請稍後重試。',
      handler_failed: '本終端發生故障，請洽詢窗口工作人員。',
    },
    session: {
      ended: '本次辦理已結束，請重新開始。',
    },
  },
};

export default zhTW;
