import type { ResidenceArea } from '../../contract/catalog-schema.ts';
import { t } from './text.ts';

/** 在琼现居地: Hainan's prefecture-level cities with their districts, and the county-level cities and counties (each its own district). */
export const HAINAN_AREAS: ResidenceArea[] = [
  {
    code: '460100',
    name: t('海口市', '海口市', 'Haikou'),
    districts: [
      { code: '460105', name: t('秀英区', '秀英區', 'Xiuying District') },
      { code: '460106', name: t('龙华区', '龍華區', 'Longhua District') },
      { code: '460107', name: t('琼山区', '瓊山區', 'Qiongshan District') },
      { code: '460108', name: t('美兰区', '美蘭區', 'Meilan District') },
    ],
  },
  {
    code: '460200',
    name: t('三亚市', '三亞市', 'Sanya'),
    districts: [
      { code: '460202', name: t('海棠区', '海棠區', 'Haitang District') },
      { code: '460203', name: t('吉阳区', '吉陽區', 'Jiyang District') },
      { code: '460204', name: t('天涯区', '天涯區', 'Tianya District') },
      { code: '460205', name: t('崖州区', '崖州區', 'Yazhou District') },
    ],
  },
  {
    code: '460300',
    name: t('三沙市', '三沙市', 'Sansha'),
    districts: [
      { code: '460301', name: t('西沙区', '西沙區', 'Xisha District') },
      { code: '460302', name: t('南沙区', '南沙區', 'Nansha District') },
    ],
  },
  { code: '460400', name: t('儋州市', '儋州市', 'Danzhou'), districts: [{ code: '460400', name: t('儋州市', '儋州市', 'Danzhou') }] },
  {
    code: '469000',
    name: t('省直辖县级行政区', '省直轄縣級行政區', 'County-level divisions under the province'),
    districts: [
      { code: '469001', name: t('五指山市', '五指山市', 'Wuzhishan') },
      { code: '469002', name: t('琼海市', '瓊海市', 'Qionghai') },
      { code: '469005', name: t('文昌市', '文昌市', 'Wenchang') },
      { code: '469006', name: t('万宁市', '萬寧市', 'Wanning') },
      { code: '469007', name: t('东方市', '東方市', 'Dongfang') },
      { code: '469021', name: t('定安县', '定安縣', 'Ding’an County') },
      { code: '469022', name: t('屯昌县', '屯昌縣', 'Tunchang County') },
      { code: '469023', name: t('澄迈县', '澄邁縣', 'Chengmai County') },
      { code: '469024', name: t('临高县', '臨高縣', 'Lingao County') },
      { code: '469025', name: t('白沙黎族自治县', '白沙黎族自治縣', 'Baisha Li Autonomous County') },
      { code: '469026', name: t('昌江黎族自治县', '昌江黎族自治縣', 'Changjiang Li Autonomous County') },
      { code: '469027', name: t('乐东黎族自治县', '樂東黎族自治縣', 'Ledong Li Autonomous County') },
      { code: '469028', name: t('陵水黎族自治县', '陵水黎族自治縣', 'Lingshui Li Autonomous County') },
      { code: '469029', name: t('保亭黎族苗族自治县', '保亭黎族苗族自治縣', 'Baoting Li and Miao Autonomous County') },
      { code: '469030', name: t('琼中黎族苗族自治县', '瓊中黎族苗族自治縣', 'Qiongzhong Li and Miao Autonomous County') },
    ],
  },
];

/** 在杭州居住区县: Hangzhou's districts, county-level city and counties (the 2021 division). */
export const HANGZHOU_AREAS: ResidenceArea[] = [
  {
    code: '330100',
    name: t('杭州市', '杭州市', 'Hangzhou'),
    districts: [
      { code: '330102', name: t('上城区', '上城區', 'Shangcheng District') },
      { code: '330105', name: t('拱墅区', '拱墅區', 'Gongshu District') },
      { code: '330106', name: t('西湖区', '西湖區', 'Xihu District') },
      { code: '330108', name: t('滨江区', '濱江區', 'Binjiang District') },
      { code: '330109', name: t('萧山区', '蕭山區', 'Xiaoshan District') },
      { code: '330110', name: t('余杭区', '餘杭區', 'Yuhang District') },
      { code: '330111', name: t('富阳区', '富陽區', 'Fuyang District') },
      { code: '330112', name: t('临安区', '臨安區', 'Lin’an District') },
      { code: '330113', name: t('临平区', '臨平區', 'Linping District') },
      { code: '330114', name: t('钱塘区', '錢塘區', 'Qiantang District') },
      { code: '330122', name: t('桐庐县', '桐廬縣', 'Tonglu County') },
      { code: '330127', name: t('淳安县', '淳安縣', 'Chun’an County') },
      { code: '330182', name: t('建德市', '建德市', 'Jiande') },
    ],
  },
];
