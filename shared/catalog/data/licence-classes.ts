import type { LicenceClass } from '../../contract/catalog-schema.ts';
import { t } from './text.ts';

/** 准驾车型 under Ministry of Public Security Order 162 (from 2022-04-01): 17 classes, C6 the newest. */
export const LICENCE_CLASSES: LicenceClass[] = [
  { code: 'A1', label: t('大型客车（A1）', '大型客車（A1）', 'Large bus (A1)') },
  { code: 'A2', label: t('重型牵引挂车（A2）', '重型牽引掛車（A2）', 'Heavy tractor-trailer (A2)') },
  { code: 'A3', label: t('城市公交车（A3）', '城市公交車（A3）', 'City bus (A3)') },
  { code: 'B1', label: t('中型客车（B1）', '中型客車（B1）', 'Medium bus (B1)') },
  { code: 'B2', label: t('大型货车（B2）', '大型貨車（B2）', 'Large lorry (B2)') },
  { code: 'C1', label: t('小型汽车（C1）', '小型汽車（C1）', 'Small car (C1)') },
  { code: 'C2', label: t('小型自动挡汽车（C2）', '小型自動擋汽車（C2）', 'Small automatic car (C2)') },
  { code: 'C3', label: t('低速载货汽车（C3）', '低速載貨汽車（C3）', 'Low-speed goods vehicle (C3)') },
  { code: 'C4', label: t('三轮汽车（C4）', '三輪汽車（C4）', 'Three-wheeled vehicle (C4)') },
  {
    code: 'C5',
    label: t('残疾人专用小型自动挡载客汽车（C5）', '殘疾人專用小型自動擋載客汽車（C5）', 'Small automatic car for disabled drivers (C5)'),
  },
  { code: 'C6', label: t('轻型牵引挂车（C6）', '輕型牽引掛車（C6）', 'Light trailer (C6)') },
  { code: 'D', label: t('普通三轮摩托车（D）', '普通三輪摩托車（D）', 'Three-wheeled motorcycle (D)') },
  { code: 'E', label: t('普通二轮摩托车（E）', '普通二輪摩托車（E）', 'Two-wheeled motorcycle (E)') },
  { code: 'F', label: t('轻便摩托车（F）', '輕便摩托車（F）', 'Moped (F)') },
  { code: 'M', label: t('轮式专用机械车（M）', '輪式專用機械車（M）', 'Wheeled special machinery (M)') },
  { code: 'N', label: t('无轨电车（N）', '無軌電車（N）', 'Trolleybus (N)') },
  { code: 'P', label: t('有轨电车（P）', '有軌電車（P）', 'Tram (P)') },
];

/** The classes that allow driving a small passenger car (C1 and the classes that include it, C2, C5). */
export const CAR_LICENCE_CLASSES = ['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2', 'C5'];
