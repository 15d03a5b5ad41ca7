import type { CatalogDocument } from '../../../shared/contract/catalog.ts';
import type { Locale } from '../../../shared/locales.ts';

export type SeedDocument = Pick<CatalogDocument, 'title' | 'sections'>;

/**
 * 《海南省小客车保有量调控管理办法（试行）》: the title, Chapter I and
 * Articles 1-3 as the registration and application screens show them, and a
 * note to citizens that this is an excerpt.
 */
export const MANAGEMENT_RULES: Record<Locale, SeedDocument> = {
  'zh-CN': {
    title: '海南省小客车保有量调控管理办法（试行）',
    sections: [
      {
        heading: '第一章 总则',
        paragraphs: [
          '第一条 为维护海南良好的生态环境质量和道路交通秩序，科学合理控制小客车保有量，根据《中华人民共和国大气污染防治法》、《中华人民共和国道路交通安全法》、《海南省机动车排气污染防治规定》、《海南省实施〈中华人民共和国道路交通安全法〉办法》、《海南省人民代表大会常务委员会关于实施海南省总体规划的决定》等法律法规和有关规定，结合本省实际，制定本办法。',
          '第二条 本省小客车保有量调控管理和配额指标管理适用本办法。',
          '第三条 单位或个人申请办理小客车注册登记、转移登记及迁入本省变更登记的，应按本办法规定申请取得指标。',
        ],
      },
      {
        heading: '说明',
        paragraphs: [
          '以上为本办法的节选（第一章第一条至第三条），全文以官方公布的文本为准。如需查阅全文，请咨询窗口工作人员。',
        ],
      },
    ],
  },
  'zh-TW': {
    title: '海南省小客車保有量調控管理辦法（試行）',
    sections: [
      {
        heading: '第一章 總則',
        paragraphs: [
          '第一條 為維護海南良好的生態環境質量和道路交通秩序，科學合理控制小客車保有量，根據《中華人民共和國大氣污染防治法》、《中華人民共和國道路交通安全法》、《海南省機動車排氣污染防治規定》、《海南省實施〈中華人民共和國道路交通安全法〉辦法》、《海南省人民代表大會常務委員會關於實施海南省總體規劃的決定》等法律法規和有關規定，結合本省實際，制定本辦法。',
          '第二條 本省小客車保有量調控管理和配額指標管理適用本辦法。',
          '第三條 單位或個人申請辦理小客車註冊登記、轉移登記及遷入本省變更登記的，應按本辦法規定申請取得指標。',
        ],
      },
      {
        heading: '說明',
        paragraphs: [
          '以上為本辦法的節選（第一章第一條至第三條），全文以官方公布的文本為準。如需查閱全文，請洽詢窗口工作人員。',
        ],
      },
    ],
  },
  en: {
    title:
      'Measures of Hainan Province for the Regulation and Management of the Number of Passenger Cars (Trial)',
    sections: [
      {
        heading: 'Chapter I General Provisions',
        paragraphs: [
          "Article 1 In order to maintain the good quality of Hainan's ecological environment and its road traffic order, and to control the number of passenger cars scientifically and reasonably, these Measures are formulated in accordance with the Law of the People's Republic of China on the Prevention and Control of Atmospheric Pollution, the Road Traffic Safety Law of the People's Republic of China, the Provisions of Hainan Province on the Prevention and Control of Motor Vehicle Exhaust Pollution, the Measures of Hainan Province for Implementing the Road Traffic Safety Law of the People's Republic of China, the Decision of the Standing Committee of the Hainan Provincial People's Congress on Implementing the Master Plan of Hainan Province, and other laws, regulations and relevant provisions, and in light of the actual conditions of this Province.",
          'Article 2 These Measures apply to the regulation and management of the number of passenger cars and to the management of quota indicators in this Province.',
          'Article 3 An organisation or individual applying for the registration of a passenger car, for the registration of its transfer, or for the registration of a change when moving it into this Province shall apply for and obtain an indicator in accordance with these Measures.',
        ],
      },
      {
        heading: 'Note',
        paragraphs: [
          'The above is an excerpt of these Measures (Chapter I, Articles 1 to 3); the officially published full text prevails. To read the full text, please ask the staff at the counter.',
        ],
      },
    ],
  },
};
