/** Requests saved in the terminal's outbox while the central API is out of reach, Simplified Chinese: the reference shape. */
const outboxZhCN = {
  outbox: {
    banner: {
      submit: '网络暂时中断，您的申请已安全保存在本机，恢复联网后将自动提交',
      cancel: '网络暂时中断，您的取消申请已安全保存在本机，恢复联网后将自动提交',
      ladder: '网络暂时中断，您的阶梯摇号报名已安全保存在本机，恢复联网后将自动提交',
    },
    delivered: '网络已恢复，您保存在本机的办理事项已提交中心系统。',
    rejected: '您保存在本机的办理事项（本机编号 {reference}）未被中心系统受理，请咨询窗口工作人员。',
    pending: {
      title: '申请已保存，待提交',
      reference: '本机编号',
      status: '状态',
      waiting: '待提交',
      sent: '已提交',
      savedAt: '保存时间',
      next: '恢复联网后，本终端将自动提交您的申请，您无需再次办理，也可以先离开。提交后，登录本系统即可在“我的申请”中看到申请编码和办理进度。',
      nextSent: '您的申请已提交中心系统，申请编码见上。请登录本系统在“我的申请”中查询办理进度。',
      refusedTitle: '申请未被受理',
      refused: '未受理',
      nextRefused: '中心系统未受理您保存在本机的申请。请持本机编号 {reference} 咨询窗口工作人员。',
    },
  },
};

export type OutboxMessages = typeof outboxZhCN;

export default outboxZhCN;
