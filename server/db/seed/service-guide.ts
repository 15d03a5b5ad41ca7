import type { Locale } from '../../../shared/locales.ts';
import type { SeedDocument } from './management-rules.ts';

/**
 * 办事指南: what a citizen can do at the terminal today (registration,
 * login, unified identity login, password reset, account management), that
 * indicator applications are not offered here yet, and the help lines the
 * web system's user guide publishes.
 */
export const SERVICE_GUIDE: Record<Locale, SeedDocument> = {
  'zh-CN': {
    title: '办事指南',
    sections: [
      {
        heading: '一、用户注册',
        paragraphs: [
          '在首页轻触“注册”，阅读《海南省小客车保有量调控管理办法（试行）》，勾选“我已阅读”，选择个人用户或单位用户，轻触“下一步”。',
          '个人用户填写证件类型、姓名（生僻字用 * 代替）和证件号码；单位用户填写单位名称、统一社会信用代码和经办人信息。再填写手机号码，输入图片验证码后获取短信验证码，设置 8-20 位包括数字和大小写字母的密码，轻触“提交”。注册成功后进入用户首页。',
        ],
      },
      {
        heading: '二、用户登录',
        paragraphs: [
          '在首页轻触“登录”，选择个人用户或单位用户，使用“手机号码 + 密码 + 图片验证码”登录。',
          '在海南省政务服务网（统一身份认证平台）注册的用户，轻触“海南省政务服务网登录”：个人登录使用证件号码和密码，法人登录使用统一社会信用代码和密码，也可使用手机验证码登录。',
        ],
      },
      {
        heading: '三、找回密码',
        paragraphs: ['在登录页轻触“忘记密码？”，凭手机号码、图片验证码和短信验证码设置新密码。密码输错次数过多、账户被锁定时，重置密码后即可重新登录。'],
      },
      {
        heading: '四、账户管理',
        paragraphs: ['登录后，在左侧菜单的“账户管理”中可查看个人账号，修改姓名、密码和手机号码。办理完毕，请轻触“退出登录”。'],
      },
      {
        heading: '五、指标申请',
        paragraphs: [
          '登录后，在左侧菜单的“指标业务办理”中选择增量指标、更新指标或其他指标，按“填报说明、申报填写、信息确认、完成申请”的步骤填报，完成后可打印回执。网络暂时中断时，填好的申请安全保存在本机，恢复联网后自动提交。',
          '申请时所填信息须真实有效：提供虚假信息的，将被取消申请资格，收回已取得的指标，且 3 年内不得再提出申请。',
        ],
      },
      {
        heading: '六、咨询电话',
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
          '在首頁輕觸「註冊」，閱讀《海南省小客車保有量調控管理辦法（試行）》，勾選「我已閱讀」，選擇個人用戶或單位用戶，輕觸「下一步」。',
          '個人用戶填寫證件類型、姓名（生僻字用 * 代替）和證件號碼；單位用戶填寫單位名稱、統一社會信用代碼和經辦人資訊。再填寫手機號碼，輸入圖片驗證碼後獲取簡訊驗證碼，設定 8-20 位包括數字和大小寫字母的密碼，輕觸「提交」。註冊成功後進入用戶首頁。',
        ],
      },
      {
        heading: '二、用戶登入',
        paragraphs: [
          '在首頁輕觸「登入」，選擇個人用戶或單位用戶，使用「手機號碼 + 密碼 + 圖片驗證碼」登入。',
          '在海南省政務服務網（統一身分認證平台）註冊的用戶，輕觸「海南省政務服務網登入」：個人登入使用證件號碼和密碼，法人登入使用統一社會信用代碼和密碼，也可使用手機驗證碼登入。',
        ],
      },
      {
        heading: '三、找回密碼',
        paragraphs: ['在登入頁輕觸「忘記密碼？」，憑手機號碼、圖片驗證碼和簡訊驗證碼設定新密碼。密碼輸錯次數過多、帳戶被鎖定時，重設密碼後即可重新登入。'],
      },
      {
        heading: '四、帳戶管理',
        paragraphs: ['登入後，在左側選單的「帳戶管理」中可查看個人帳號，修改姓名、密碼和手機號碼。辦理完畢，請輕觸「登出」。'],
      },
      {
        heading: '五、指標申請',
        paragraphs: [
          '登入後，在左側選單的「指標業務辦理」中選擇增量指標、更新指標或其他指標，按「填報說明、申報填寫、信息確認、完成申請」的步驟填報，完成後可列印回執。網路暫時中斷時，填好的申請安全保存在本機，恢復連網後自動提交。',
          '申請時所填資訊須真實有效：提供虛假資訊的，將被取消申請資格，收回已取得的指標，且 3 年內不得再提出申請。',
        ],
      },
      {
        heading: '六、諮詢電話',
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
          'On the home screen touch Register, read the Hainan Passenger Car Quota Management Measures (Trial), tick "I have read", choose a personal or an organisation account and touch Next.',
          'A person enters the ID document type, name (type * for a rare character) and document number; an organisation enters its name, its unified social credit code and its contact person. Then enter a mobile number, type the image code, get an SMS code, choose a password of 8-20 characters with digits, upper and lower case, and touch Submit. You are then logged in.',
        ],
      },
      {
        heading: '2. Logging in',
        paragraphs: [
          'On the home screen touch Log in, choose a personal or an organisation account and log in with mobile number, password and image code.',
          'If you registered with Hainan Government Services (the unified identity platform), touch Hainan Government Services login: people use their ID number and password, businesses and organisations their credit code and password; an SMS code also works.',
        ],
      },
      {
        heading: '3. Forgotten password',
        paragraphs: ['On the login screen touch "Forgot password?" and set a new one with your mobile number, an image code and an SMS code. An account locked after too many wrong passwords can log in again once the password is reset.'],
      },
      {
        heading: '4. Your account',
        paragraphs: ['Once logged in, the Account part of the menu on the left shows your account details and lets you change your name, password and mobile number. When you are done, touch Log out.'],
      },
      {
        heading: '5. Applying for an indicator',
        paragraphs: [
          'After logging in, choose Incremental quota, Renewal quota or Other quota under “Quota services” in the menu on the left and follow the steps: Instructions, Fill in, Check and confirm, Done. A receipt can be printed at the end. If the network is down, a completed application is kept safely on this terminal and submitted by itself when the connection returns.',
          'Information given in an application must be true: false information cancels the application, withdraws any indicator obtained and bars new applications for 3 years.',
        ],
      },
      {
        heading: '6. Help lines',
        paragraphs: ['For questions call 0898-68835091, 0898-68835092 or 0898-68835099, or ask the staff at the service-hall counter.'],
      },
    ],
  },
};
