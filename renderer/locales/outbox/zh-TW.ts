import type { OutboxMessages } from './zh-CN.ts';

/** Requests saved in the terminal's outbox, Traditional Chinese. */
const outboxZhTW: OutboxMessages = {
  outbox: {
    banner: {
      submit: '網路暫時中斷，您的申請已安全保存在本機，恢復連網後將自動提交',
      cancel: '網路暫時中斷，您的取消申請已安全保存在本機，恢復連網後將自動提交',
      ladder: '網路暫時中斷，您的階梯搖號報名已安全保存在本機，恢復連網後將自動提交',
    },
    delivered: '網路已恢復，您保存在本機的辦理事項已提交中心系統。',
    rejected: '您保存在本機的辦理事項（本機編號 {reference}）未被中心系統受理，請諮詢窗口工作人員。',
    pending: {
      title: '申請已保存，待提交',
      reference: '本機編號',
      status: '狀態',
      waiting: '待提交',
      sent: '已提交',
      savedAt: '保存時間',
      next: '恢復連網後，本終端將自動提交您的申請，您無需再次辦理，也可以先離開。提交後，登入本系統即可在「我的申請」中看到申請編碼和辦理進度。',
      nextSent: '您的申請已提交中心系統，申請編碼見上。請登入本系統在「我的申請」中查詢辦理進度。',
      refusedTitle: '申請未被受理',
      refused: '未受理',
      nextRefused: '中心系統未受理您保存在本機的申請。請持本機編號 {reference} 諮詢窗口工作人員。',
    },
  },
};

export default outboxZhTW;
