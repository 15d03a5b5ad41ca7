/**
 * Simplified Chinese: the reference locale. Every other locale is typed
 * against this shape, so a missing or extra key fails the type check.
 * Messages use named interpolation only ({name}); avoid `@`, `|`, `{`, `}`
 * as literal text (they are message syntax).
 */
import accountsZhCN from './accounts/zh-CN.ts';
import applicationsZhCN from './applications/zh-CN.ts';
import outboxZhCN from './outbox/zh-CN.ts';
import sessionZhCN from './session/zh-CN.ts';

const zhCN = {
  ...accountsZhCN,
  ...applicationsZhCN,
  ...sessionZhCN,
  ...outboxZhCN,
  app: {
    systemName: '海南省小客车保有量调控管理信息系统',
  },
  language: {
    switchLabel: '选择语言',
  },
  connectivity: {
    online: '已连接中心系统',
    offline: '网络暂时中断，暂时无法办理需要联网的业务，请稍后再试或咨询工作人员',
    unknown: '正在检查网络',
  },
  common: {
    back: '返回',
    retry: '重试',
    loading: '正在加载，请稍候',
    moreBelow: '下面还有内容',
  },
  attract: {
    prompt: '轻触屏幕开始办理',
    services: '可办理：注册、登录、政策咨询、办事指南',
    terminal: '终端编号 {terminalId}　版本 {version}',
  },
  home: {
    heading: '请选择您要办理的业务',
    backToStart: '返回开始页面',
    register: {
      title: '注册',
      description: '首次使用，为个人或单位创建账户',
    },
    login: {
      title: '登录',
      description: '已有账户，登录后办理业务',
    },
    policy: {
      title: '政策咨询',
      description: '查阅小客车保有量调控管理规定',
    },
    guide: {
      title: '办事指南',
      description: '怎样注册、登录、找回密码',
    },
    hotlines: '小客车业务咨询电话：{numbers}',
  },
  policy: {
    publishedOn: '发布日期：{date}',
    pageUp: '上一页',
    pageDown: '下一页',
  },
  keyboard: {
    label: '屏幕键盘',
    backspace: '删除',
    clear: '清空',
    done: '完成',
    space: '空格',
    shift: '大写',
    symbols: '符号',
    letters: '字母',
    rare: '生僻字',
    chinese: '中',
    latin: '英',
    langSwitch: '中英文切换',
    pinyinHint: '输入拼音，再点选汉字',
    latinHint: '正在输入英文字母',
    candidates: '候选汉字',
    previous: '上一组',
    next: '下一组',
    noMatch: '没有对应的汉字，请检查拼音',
    full: '已达到最多 {max} 个字符',
  },
  form: {
    required: '必填',
    errorLabel: '错误：',
    warningLabel: '请注意：',
    show: '显示',
    hide: '隐藏',
    countdown: '重新获取（{seconds}秒）',
  },
  errors: {
    generic: '系统暂时无法完成操作，请稍后重试或咨询窗口工作人员。',
    validation_failed: '提交的信息有误，请检查后重试。',
    not_found: '未找到所需内容，请咨询窗口工作人员。',
    method_not_allowed: '系统暂时无法完成操作，请咨询窗口工作人员。',
    payload_too_large: '提交的内容过大，请咨询窗口工作人员。',
    internal_error: '中心系统暂时无法提供服务，请稍后重试。',
    captcha_invalid: '图片验证码不正确，请重新输入。',
    captcha_expired: '图片验证码已过期，请重新输入。',
    sms_code_invalid: '短信验证码不正确。',
    sms_code_expired: '短信验证码已失效，请重新获取。',
    sms_code_exhausted: '短信验证码错误次数过多，请重新获取。',
    sms_resend_too_soon: '短信验证码发送过于频繁，请 {seconds} 秒后再试。',
    phone_taken: '该手机号码已被注册。',
    id_number_taken: '该证件号码已被注册。',
    credit_code_taken: '该统一社会信用代码已被注册。',
    username_taken: '该用户名已被使用。',
    same_phone: '新手机号码与当前手机号码相同。',
    wrong_password: '当前密码不正确。',
    invalid_credentials: '账号或密码错误，请核对后重试。',
    account_locked: '密码错误次数过多，请 {minutes} 分钟后再试。如忘记密码，可通过“忘记密码”重新设置。',
    unauthorized: '登录已失效，请重新登录。',
    too_many_requests: '操作过于频繁，请 {minutes} 分钟后再试。',
    unsupported_media_type: '本终端发送的内容无法识别，请咨询窗口工作人员。',
    catalog_version_mismatch: '申请表已更新，请重新填写。',
    idempotency_key_reused: '本终端重复提交了内容不同的申请，请咨询窗口工作人员。',
    application_exists: '您已有一份此类指标的申请正在办理，不能重复申请。',
    no_open_period: '当前没有可申请的期次，请稍后再试。',
    application_not_cancellable: '该申请已有审核结果，不能取消。',
    cancellation_closed_today: '冻结摇号池当日和摇号当日不能取消申请，请改日办理。',
    ladder_not_offered: '本系统不提供阶梯摇号，或您的账户不能参加。',
    not_account_phone: '验证码只能发送到您账户绑定的手机号码。',
    invalid_transition: '该申请当前的状态不能进行此操作。',
    catalog: {
      unreadable: '本终端暂时无法读取中心系统的最新办理规则，暂不能办理申请，请咨询窗口工作人员。',
    },
    receipt: {
      print_failed: '回执未能打印，请咨询窗口工作人员。这不影响您的申请。',
    },
    outbox: {
      unencrypted: '网络暂时中断，本终端无法安全保存您的信息，申请未保存。请稍后再试或咨询窗口工作人员。',
      disk_full: '网络暂时中断，本终端存储空间不足，申请未能保存。请咨询窗口工作人员。',
      write_failed: '网络暂时中断，申请未能保存在本机。请咨询窗口工作人员。',
      invalid_entry: '本终端出现故障，申请未能保存，请咨询窗口工作人员。',
      closed: '本终端正在关闭，申请未能保存，请稍后再试。',
    },
    api: {
      unreachable: '暂时无法连接中心系统，请稍后重试。',
      timeout: '中心系统响应超时，请稍后重试。',
      bad_response: '中心系统暂时无法提供服务，请稍后重试。',
    },
    ipc: {
      unknown_channel: '本终端出现故障，请咨询窗口工作人员。',
      unknown_event: '本终端出现故障，请咨询窗口工作人员。',
      payload_too_large: '提交的内容过大，请咨询窗口工作人员。',
      invalid_request: '本终端出现故障，请咨询窗口工作人员。',
      forbidden_sender: '本终端出现故障，请咨询窗口工作人员。',
      invalid_response: '中心系统返回的内容无法识别，请稍后重试。',
      handler_failed: '本终端出现故障，请咨询窗口工作人员。',
    },
    session: {
      ended: '本次办理已结束，请重新开始。',
    },
  },
};

export type Messages = typeof zhCN;

export default zhCN;
