import type { Locale } from '../../../shared/locales.ts';
import type { SeedDocument } from './management-rules.ts';

/**
 * 办事指南: how registration, login and applications go, after the web
 * system's user guide, with the help lines it publishes.
 */
export const SERVICE_GUIDE: Record<Locale, SeedDocument> = {
  'zh-CN': {
    title: '办事指南',
    sections: [
      {
        heading: '一、用户注册',
        paragraphs: [
          '阅读《海南省小客车保有量调控管理办法（试行）》，勾选“我已阅读”，选择个人用户或单位用户，点击“下一步”。',
          '填写姓名（生僻字用 * 代替）、证件类型、证件号码、手机号码，输入图片验证码后获取短信验证码，设置 8-20 位包括数字和大小写字母的密码，点击“提交”。注册成功后进入用户首页。',
        ],
      },
      {
        heading: '二、用户登录',
        paragraphs: [
          '在本系统注册过的用户，使用“手机号码 + 密码 + 图片验证码”登录。',
          '在海南省政务服务网（统一身份认证平台）注册的用户，选择“海南省政务服务网登录”：个人登录使用证件号码和密码，法人登录使用统一社会信用代码和密码，也可使用手机验证码登录。',
          '忘记密码时，点击“忘记密码？”，凭手机号码、图片验证码和短信验证码设置新密码。',
        ],
      },
      {
        heading: '三、指标申请',
        paragraphs: [
          '登录后在用户首页选择“指标业务办理”，按“填报说明、申报填写、信息确认、完成申请”四步办理。所填信息须真实有效，提供虚假信息的，将被取消申请资格，收回已取得的指标，且 3 年内不得再提出申请。',
        ],
      },
      {
        heading: '四、咨询电话',
        paragraphs: ['小客车业务办理问题请咨询 0898-68835091、0898-68835092、0898-68835099，或向服务大厅窗口工作人员咨询。'],
      },
    ],
  },
  'zh-TW': {
    title: '辦事指南',
    sections: [
      {
        heading: '一、用戶註冊',
        paragraphs: [
          '閱讀《海南省小客車保有量調控管理辦法（試行）》，勾選「我已閱讀」，選擇個人用戶或單位用戶，點擊「下一步」。',
          '填寫姓名（生僻字用 * 代替）、證件類型、證件號碼、手機號碼，輸入圖片驗證碼後獲取簡訊驗證碼，設定 8-20 位包括數字和大小寫字母的密碼，點擊「提交」。註冊成功後進入用戶首頁。',
        ],
      },
      {
        heading: '二、用戶登入',
        paragraphs: [
          '在本系統註冊過的用戶，使用「手機號碼 + 密碼 + 圖片驗證碼」登入。',
          '在海南省政務服務網（統一身分認證平台）註冊的用戶，選擇「海南省政務服務網登入」：個人登入使用證件號碼和密碼，法人登入使用統一社會信用代碼和密碼，也可使用手機驗證碼登入。',
          '忘記密碼時，點擊「忘記密碼？」，憑手機號碼、圖片驗證碼和簡訊驗證碼設定新密碼。',
        ],
      },
      {
        heading: '三、指標申請',
        paragraphs: [
          '登入後在用戶首頁選擇「指標業務辦理」，按「填報說明、申報填寫、資訊確認、完成申請」四步辦理。所填資訊須真實有效，提供虛假資訊的，將被取消申請資格，收回已取得的指標，且 3 年內不得再提出申請。',
        ],
      },
      {
        heading: '四、諮詢電話',
        paragraphs: ['小客車業務辦理問題請諮詢 0898-68835091、0898-68835092、0898-68835099，或向服務大廳窗口工作人員諮詢。'],
      },
    ],
  },
  en: {
    title: 'Service guide',
    sections: [
      {
        heading: '1. Registering',
        paragraphs: [
          'Read the Hainan Passenger Car Quota Management Measures (Trial), tick "I have read", choose a personal or unit account and touch Next.',
          'Enter your name (type * for a rare character), ID document type and number and mobile number; type the picture code, then get an SMS code; choose a password of 8-20 characters with digits, upper and lower case; touch Submit. You are then logged in.',
        ],
      },
      {
        heading: '2. Logging in',
        paragraphs: [
          'If you registered here, log in with mobile number, password and picture code.',
          'If you registered with Hainan Government Services (the unified identity platform), choose that login: people use their ID number and password, legal persons their credit code and password; a mobile code also works.',
          'Forgot your password? Touch "Forgot password?" and set a new one with your mobile number, a picture code and an SMS code.',
        ],
      },
      {
        heading: '3. Applying for an indicator',
        paragraphs: [
          'After logging in, choose the indicator service on your account page and follow the four steps: instructions, application form, review, done. Information must be true: false information cancels the application, withdraws any indicator obtained and bars new applications for 3 years.',
        ],
      },
      {
        heading: '4. Help lines',
        paragraphs: ['For questions call 0898-68835091, 0898-68835092 or 0898-68835099, or ask the staff at the service-hall counter.'],
      },
    ],
  },
};
