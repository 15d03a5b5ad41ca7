import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configPathFromArgs, defaultConfigPath, loadConfig } from '../../../electron/main/config/load.ts';
import { envName } from '../../../electron/main/config/schema.ts';
import { resolveDeployment } from '../../../electron/main/config/deployment.ts';

function configFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qk-config-')), 'config.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const load = (argv: string[], env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux') => loadConfig({ argv, env, platform });

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('terminal configuration', () => {
  it('documents one default path per OS', () => {
    expect(defaultConfigPath('linux', {})).toBe('/etc/quota-kiosk/config.json');
    expect(defaultConfigPath('win32', { ProgramData: 'D:\\PD' })).toBe(join('D:\\PD', 'quota-kiosk', 'config.json'));
    expect(defaultConfigPath('darwin', {})).toBe('/Library/Application Support/quota-kiosk/config.json');
  });

  it('reads --config in both spellings, before KIOSK_CONFIG', () => {
    expect(configPathFromArgs(['electron', '.', '--config', '/a.json'])).toBe('/a.json');
    expect(configPathFromArgs(['electron', '--config=/b.json'])).toBe('/b.json');
    const fromArg = configFile({ terminalId: 'from-arg' });
    const fromEnv = configFile({ terminalId: 'from-env' });
    expect(load(['--config', fromArg], { KIOSK_CONFIG: fromEnv }).config.terminalId).toBe('from-arg');
    expect(load([], { KIOSK_CONFIG: fromEnv }).config.terminalId).toBe('from-env');
  });

  it('fills defaults when no file exists at the default path', () => {
    const { config, file } = load([], {}, 'linux');
    expect(file === null || file === '/etc/quota-kiosk/config.json').toBe(true);
    expect(config).toMatchObject({ defaultLocale: 'zh-CN', idleTimeoutSeconds: 90, kioskMode: true });
    expect(config.centralApiUrl).toBeUndefined();
  });

  it('lets environment variables override the file', () => {
    const file = configFile({ hallName: '海口市政务服务中心', idleTimeoutSeconds: 60 });
    const { config } = load(['--config', file], {
      [envName('idleTimeoutSeconds')]: '120',
      KIOSK_KIOSK_MODE: 'false',
      KIOSK_CENTRAL_API_URL: 'https://api.example.gov.cn/',
    });
    expect(envName('centralApiUrl')).toBe('KIOSK_CENTRAL_API_URL');
    expect(config).toMatchObject({ hallName: '海口市政务服务中心', idleTimeoutSeconds: 120, kioskMode: false, centralApiUrl: 'https://api.example.gov.cn/' });
  });

  it('takes the hall name as one name or as one per language (zh-CN required)', () => {
    const names = { 'zh-CN': '海口市政务服务中心', en: 'Haikou Government Service Centre' };
    expect(load(['--config', configFile({ hallName: names })]).config.hallName).toEqual(names);
    expect(load(['--config', configFile({ hallName: '三亚市政务服务中心' })]).config.hallName).toBe('三亚市政务服务中心');
  });

  it.each([
    [{ hallName: { en: 'Haikou Government Service Centre' } }, 'hallName'],
    [{ hallName: { 'zh-CN': '海口', fr: 'Haikou' } }, 'fr'],
    [{ idleTimeoutSeconds: 5 }, 'idleTimeoutSeconds'],
    [{ centralApiUrl: 'ftp://x' }, 'centralApiUrl'],
    [{ defaultLocale: 'fr' }, 'defaultLocale'],
    [{ idleTimout: 60 }, 'idleTimout'],
    [{ terminalId: 'has space' }, 'terminalId'],
  ])('names the bad key in %j', (content, key) => {
    const file = configFile(content);
    const error = configError(() => load(['--config', file]));
    expect(error.issues.map((i) => i.key)).toContain(key);
    expect(error.message).toContain(key);
    expect(error.message).toContain(file);
  });

  it('names the environment variable when an override is bad', () => {
    const error = configError(() => load([], { KIOSK_API_TIMEOUT_MS: 'soon' }));
    expect(error.message).toContain('apiTimeoutMs');
    expect(error.message).toContain('KIOSK_API_TIMEOUT_MS');
  });

  it('refuses a missing explicit file and a file that is not JSON', () => {
    expect(configError(() => load(['--config', '/nonexistent/config.json'])).message).toContain('file not found');
    expect(configError(() => load(['--config', configFile('{ nope')])).message).toContain('not valid JSON');
    expect(configError(() => load(['--config', configFile('[1]')])).message).toContain('JSON object');
  });
});

describe('where a terminal may send citizens\u2019 data', () => {
  it('accepts https anywhere and http only on loopback', () => {
    for (const url of ['https://quota-api.example.gov.cn/', 'http://127.0.0.1:8787/', 'http://localhost:8787', 'http://[::1]:8787/', 'http://127.10.0.3/']) {
      expect(load(['--config', configFile({ centralApiUrl: url })]).config.centralApiUrl).toBe(url);
    }
    for (const url of ['http://quota-api.example.gov.cn/', 'http://10.0.0.5:8787/', 'http://127.0.0.1.nip.io/', 'ftp://127.0.0.1/']) {
      const error = configError(() => load(['--config', configFile({ centralApiUrl: url })]));
      expect(error.issues.map((i) => i.key)).toEqual(['centralApiUrl']);
    }
  });
});

describe('resolveDeployment', () => {
  const base = load(['--config', configFile({})]).config;

  it('stops an installed terminal that has no central API, naming the key, unless it is a demo terminal', () => {
    const error = configError(() => resolveDeployment(base, { packaged: true }));
    expect(error.issues.map((i) => i.key)).toEqual(['centralApiUrl']);
    expect(error.message).toContain('demoMode');
    expect(resolveDeployment({ ...base, demoMode: true }, { packaged: true })).toEqual({ backend: 'embedded', devEndpoints: true });
  });

  it('runs the embedded API with its development endpoints only where nothing else is configured', () => {
    expect(resolveDeployment(base, { packaged: false })).toEqual({ backend: 'embedded', devEndpoints: true });
    const central = { ...base, centralApiUrl: 'https://quota-api.example.gov.cn/' };
    expect(resolveDeployment(central, { packaged: true })).toEqual({ backend: 'central', devEndpoints: false });
    expect(resolveDeployment({ ...central, demoMode: true }, { packaged: true })).toEqual({ backend: 'central', devEndpoints: false });
  });
});
