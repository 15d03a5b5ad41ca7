/** The terminal session (idle question, end-of-session notices, demo marker), Simplified Chinese: the reference shape. */
const sessionZhCN = {
  terminal: {
    idle: {
      title: '还需要更多时间吗？',
      countdown: '{seconds} 秒后将自动退出，并清除您在本机填写的信息',
      continue: '继续办理',
      finish: '结束办理',
    },
    notice: {
      logout: '您已安全退出登录，您的信息已从本机清除。',
      idle: '由于长时间无人操作，已为您自动退出，您的信息已从本机清除。',
      expired: '登录已超时，已为您退出。如需继续办理，请重新登录。',
    },
    demo: '演示模式',
    demoHint: '本终端仅供演示，请勿输入真实个人信息',
    clearing: '正在清除信息，请稍候',
  },
};

export type SessionMessages = typeof sessionZhCN;

export default sessionZhCN;
