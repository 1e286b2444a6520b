// The coordinators' web app's texts in English and Simplified Chinese.
(function () {
  'use strict';
  window.CoordinatorTexts = {
    en: {
      appTitle: 'TrialBot coordinators',
      navReferrals: 'Referrals', navLookAgain: 'Look again', navDashboard: 'Dashboard',
      signOut: 'Sign out', signInTitle: 'Sign in', email: 'E-mail address', password: 'Password', signIn: 'Sign in',
      signInWith: 'Sign in with {0}', signInFailed: 'Sign-in did not succeed.', signedInAs: 'Signed in as {0}',
      referralsTitle: 'Referrals', lookAgainTitle: 'Look again: people who asked the team to review their answers',
      status: 'Status', site: 'Site', channel: 'Channel', language: 'Language', trial: 'Trial', from: 'From', to: 'To',
      apply: 'Apply', exportCsv: 'Export CSV', any: 'Any', created: 'Received', name: 'Name', outcome: 'Outcome',
      count: '{0} referrals', none: 'No referral matches.', back: '← All referrals', lookAgainMark: 'asked to look again',
      changeStatus: 'Change status', newStatus: 'New status', reasonOrNote: 'Reason or note', reasonNeeded: 'A reason is needed for this status.',
      save: 'Save', addNote: 'Add a note or a contact attempt', kind: 'Kind', note: 'Note', add: 'Add',
      answersTitle: 'Answers: as said and as understood', question: 'Question', said: 'As said', understood: 'As understood',
      criteriaTitle: 'Criteria', criterion: 'Criterion', result: 'Result', answer: 'Answer', reason: 'Reason',
      preCallTitle: 'Before the call: the optional questions', preCallSkipped: 'skipped', preCallNone: 'Not asked (a look-again request, or a referral from before these questions).',
      toConfirmTitle: 'To confirm at screening', historyTitle: 'History', screeningsTitle: "This person's screenings",
      nothing: 'None.', notSaid: '(not typed: chosen or given by a button)', unknownAnswer: 'not known',
      contact: 'Contact', consented: 'Consented to contact', noNextStatus: 'This status is final.',
      saved: 'Saved.', dashboardTitle: 'Dashboard',
      dashSummary: '{0} screenings started, {1} completed, {2} referrals in this period.',
      chartPerDay: 'Screenings per day', started: 'Started', completed: 'Completed', referred: 'Referred',
      chartOutcomes: 'Outcomes', chartFunnel: 'Funnel: reached each question, and stopped there', reached: 'Reached', stopped: 'Stopped here',
      chartReasks: 'Re-asks per question (answers not understood)', reasks: 'Re-asks',
      chartChannel: 'By channel', chartLanguage: 'By language', chartTrial: 'By trial', chartSite: 'Referrals by site',
      chartStatus: 'Referrals by status', chartFirstContact: 'Time to first contact', referrals: 'Referrals',
      firstContactSummary: '{0} contacted (median {1} h), {2} waiting.',
      kinds: { note: 'Note', 'contact-attempt': 'Contact attempt', 'status-change': 'Status change' },
      statuses: {
        new: 'New', contacted: 'Contacted', 'call-done': 'Call done', 'visit-booked': 'Screening visit booked', screened: 'Screened',
        enrolled: 'Enrolled', 'not-eligible': 'Not eligible', declined: 'Declined', unreachable: 'Unreachable'
      },
      outcomes: {
        'likely-eligible': 'Likely eligible', 'needs-review': 'Needs review', 'likely-ineligible': 'Likely ineligible', declined: 'Declined'
      },
      results: { pass: 'met', fail: 'not met', unknown: 'unknown' },
      languages: { en: 'English', zh: 'Chinese' }
    },
    zh: {
      appTitle: 'TrialBot 研究协调员',
      navReferrals: '转介', navLookAgain: '重新审核', navDashboard: '仪表板',
      signOut: '退出', signInTitle: '登录', email: '电子邮箱', password: '密码', signIn: '登录',
      signInWith: '使用 {0} 登录', signInFailed: '登录未成功。', signedInAs: '已登录：{0}',
      referralsTitle: '转介', lookAgainTitle: '重新审核：请研究团队重新查看回答的人',
      status: '状态', site: '研究中心', channel: '渠道', language: '语言', trial: '试验', from: '开始日期', to: '结束日期',
      apply: '应用', exportCsv: '导出 CSV', any: '全部', created: '收到时间', name: '姓名', outcome: '结果',
      count: '共 {0} 条转介', none: '没有符合条件的转介。', back: '← 全部转介', lookAgainMark: '请求重新审核',
      changeStatus: '更改状态', newStatus: '新状态', reasonOrNote: '原因或备注', reasonNeeded: '此状态需要填写原因。',
      save: '保存', addNote: '添加备注或联系记录', kind: '类型', note: '备注', add: '添加',
      answersTitle: '回答：原话与理解', question: '问题', said: '原话', understood: '理解为',
      criteriaTitle: '入排标准', criterion: '标准', result: '结果', answer: '回答', reason: '原因',
      preCallTitle: '电话前：可选问题', preCallSkipped: '已跳过', preCallNone: '未询问（请再看看的请求，或这些问题之前的推荐）。',
      toConfirmTitle: '筛选时需确认', historyTitle: '历史记录', screeningsTitle: '此人的预筛查',
      nothing: '无。', notSaid: '（未输入文字：通过按钮选择）', unknownAnswer: '不知道',
      contact: '联系方式', consented: '同意联系时间', noNextStatus: '此状态为最终状态。',
      saved: '已保存。', dashboardTitle: '仪表板',
      dashSummary: '本期间开始 {0} 次预筛查，完成 {1} 次，转介 {2} 人。',
      chartPerDay: '每日预筛查', started: '开始', completed: '完成', referred: '转介',
      chartOutcomes: '结果', chartFunnel: '漏斗：到达每个问题及在此停止', reached: '到达', stopped: '在此停止',
      chartReasks: '每个问题的重问次数（未理解的回答）', reasks: '重问',
      chartChannel: '按渠道', chartLanguage: '按语言', chartTrial: '按试验', chartSite: '按研究中心的转介',
      chartStatus: '按状态的转介', chartFirstContact: '首次联系所用时间', referrals: '转介',
      firstContactSummary: '已联系 {0} 人（中位数 {1} 小时），{2} 人等待中。',
      kinds: { note: '备注', 'contact-attempt': '联系尝试', 'status-change': '状态变更' },
      statuses: {
        new: '新', contacted: '已联系', 'call-done': '已通话', 'visit-booked': '已预约筛选访视', screened: '已筛选',
        enrolled: '已入组', 'not-eligible': '不符合条件', declined: '已拒绝', unreachable: '无法联系'
      },
      outcomes: {
        'likely-eligible': '可能符合', 'needs-review': '需要审核', 'likely-ineligible': '可能不符合', declined: '已拒绝'
      },
      results: { pass: '符合', fail: '不符合', unknown: '未知' },
      languages: { en: '英文', zh: '中文' }
    }
  };
}());
