import type { SessionMessages } from './zh-CN.ts';

/** The terminal session, Traditional Chinese. */
const sessionZhTW: SessionMessages = {
  terminal: {
    idle: {
      title: '還需要更多時間嗎？',
      countdown: '{seconds} 秒後將自動登出，並清除您在本機填寫的資料',
      continue: '繼續辦理',
      finish: '結束辦理',
    },
    notice: {
      logout: '您已安全登出，您的資料已從本機清除。',
      idle: '由於長時間無人操作，已為您自動登出，您的資料已從本機清除。',
      expired: '登入已逾時，已為您登出。如需繼續辦理，請重新登入。',
    },
    demo: '展示模式',
    demoHint: '本終端僅供展示，請勿輸入真實個人資料',
    clearing: '正在清除資料，請稍候',
  },
};

export default sessionZhTW;
