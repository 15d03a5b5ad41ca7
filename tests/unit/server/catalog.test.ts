import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../server/app.ts';
import { CATALOG_DOCUMENT_IDS, catalogDocumentSchema } from '../../../shared/contract/catalog.ts';
import { apiErrorSchema } from '../../../shared/contract/errors.ts';
import { API_PATHS, apiPath } from '../../../shared/contract/paths.ts';

const RULES_URL = apiPath(API_PATHS.catalogDocument, { id: 'management-rules' });

const ARTICLES_ZH_CN = [
  '第一条 为维护海南良好的生态环境质量和道路交通秩序，科学合理控制小客车保有量，根据《中华人民共和国大气污染防治法》、《中华人民共和国道路交通安全法》、《海南省机动车排气污染防治规定》、《海南省实施〈中华人民共和国道路交通安全法〉办法》、《海南省人民代表大会常务委员会关于实施海南省总体规划的决定》等法律法规和有关规定，结合本省实际，制定本办法。',
  '第二条 本省小客车保有量调控管理和配额指标管理适用本办法。',
  '第三条 单位或个人申请办理小客车注册登记、转移登记及迁入本省变更登记的，应按本办法规定申请取得指标。',
];

describe('GET /api/v1/catalog/documents/:id', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ dbPath: ':memory:' });
  });
  afterAll(async () => app.close());

  async function getDocument(url: string) {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return catalogDocumentSchema.parse(response.json());
  }

  it('serves the management rules in zh-CN by default, with the articles as the guide has them', async () => {
    const document = await getDocument(RULES_URL);
    expect(document.locale).toBe('zh-CN');
    expect(document.title).toBe('海南省小客车保有量调控管理办法（试行）');
    expect(document.sections[0]).toEqual({ heading: '第一章 总则', paragraphs: ARTICLES_ZH_CN });
    expect(document.sections.at(-1)?.paragraphs.join('')).toContain('节选');
  });

  it.each(['zh-CN', 'zh-TW', 'en'])('dates the management rules by their own publication in %s, not by when the catalog was filled', async (locale) => {
    const document = await getDocument(`${RULES_URL}?locale=${locale}`);
    expect(document.publishedOn).toBe('2018-07-31');
  });

  it.each(['zh-CN', 'zh-TW', 'en'])('tells citizens nothing about a reference server in %s', async (locale) => {
    for (const id of CATALOG_DOCUMENT_IDS) {
      const document = await getDocument(`${apiPath(API_PATHS.catalogDocument, { id })}?locale=${locale}`);
      expect(JSON.stringify(document)).not.toMatch(/参考服务器|參考伺服器|reference server/i);
    }
  });

  it('serves the traditional-character version in zh-TW', async () => {
    const document = await getDocument(`${RULES_URL}?locale=zh-TW`);
    expect(document.locale).toBe('zh-TW');
    expect(document.title).toBe('海南省小客車保有量調控管理辦法（試行）');
    expect(document.sections[0]?.heading).toBe('第一章 總則');
    expect(document.sections[0]?.paragraphs.map((p) => p.split(' ')[0])).toEqual(['第一條', '第二條', '第三條']);
    expect(document.sections[0]?.paragraphs[1]).toBe('第二條 本省小客車保有量調控管理和配額指標管理適用本辦法。');
    expect(document.sections.at(-1)?.paragraphs.join('')).toContain('節選');
  });

  it('serves the English translation in en', async () => {
    const document = await getDocument(`${RULES_URL}?locale=en`);
    expect(document.locale).toBe('en');
    expect(document.title).toMatch(/Hainan Province/);
    expect(document.sections[0]?.heading).toBe('Chapter I General Provisions');
    expect(document.sections[0]?.paragraphs.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual([
      'Article 1',
      'Article 2',
      'Article 3',
    ]);
    expect(document.sections.at(-1)?.paragraphs.join('')).toContain('excerpt');
  });

  it.each([
    ['zh-CN', '在左侧菜单的“指标业务办理”中选择增量指标、更新指标或其他指标', '暂不能办理'],
    ['zh-TW', '在左側選單的「指標業務辦理」中選擇增量指標、更新指標或其他指標', '暫不能辦理'],
    ['en', 'choose Incremental quota, Renewal quota or Other quota under “Quota services”', 'not yet offered'],
  ])('serves the service guide in %s: what the terminal offers, where applications are, the help lines', async (locale, applications, stale) => {
    const document = await getDocument(`${apiPath(API_PATHS.catalogDocument, { id: 'service-guide' })}?locale=${locale}`);
    expect(document.id).toBe('service-guide');
    expect(document.locale).toBe(locale);
    // Registration, login, password reset, account management, applications, help lines.
    expect(document.sections).toHaveLength(6);
    const text = document.sections.flatMap((section) => section.paragraphs).join('');
    expect(text).toContain(applications);
    expect(text).not.toContain(stale);
    expect(document.sections.at(-1)?.paragraphs.join('')).toContain('0898-68835091');
  });

  it('answers 404 not_found for an unknown document', async () => {
    const response = await app.inject({ method: 'GET', url: apiPath(API_PATHS.catalogDocument, { id: 'no-such' }) });
    expect(response.statusCode).toBe(404);
    expect(apiErrorSchema.parse(response.json()).error.code).toBe('not_found');
  });

  it('answers 400 validation_failed naming the locale for an unsupported locale', async () => {
    const response = await app.inject({ method: 'GET', url: `${RULES_URL}?locale=fr` });
    expect(response.statusCode).toBe(400);
    expect(apiErrorSchema.parse(response.json()).error).toMatchObject({
      code: 'validation_failed',
      fields: { locale: 'invalid_enum_value' },
    });
  });
});
