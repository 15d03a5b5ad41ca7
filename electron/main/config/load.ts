import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, ENV_OVERRIDES, envName, type ConfigKey, type KioskConfig } from './schema.ts';

export interface ConfigIssue {
  key: string;
  source: string;
  message: string;
}

/** A configuration that cannot be used; its message names every bad key. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(
      'The terminal configuration is invalid:\n' +
        issues.map((i) => `  - ${i.key} (${i.source}): ${i.message}`).join('\n'),
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Where IT puts the configuration file on each OS. */
export function defaultConfigPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'quota-kiosk', 'config.json');
  if (platform === 'darwin') return '/Library/Application Support/quota-kiosk/config.json';
  return '/etc/quota-kiosk/config.json';
}

/** `--config <path>` or `--config=<path>` from the command line. */
export function configPathFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--config') return argv[i + 1];
    if (arg?.startsWith('--config=')) return arg.slice('--config='.length);
  }
  return undefined;
}

interface LoadInput {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

export interface LoadedConfig {
  config: KioskConfig;
  /** The file read, or null when none exists at the default path. */
  file: string | null;
}

/** Reads file + environment overrides and validates them: `--config` > KIOSK_CONFIG > the OS default path. */
export function loadConfig({ argv, env, platform }: LoadInput): LoadedConfig {
  const explicit = configPathFromArgs(argv) ?? env.KIOSK_CONFIG;
  const file = explicit ?? defaultConfigPath(platform, env);
  const fromFile = readConfigFile(file, explicit !== undefined);
  const { values: fromEnv, issues: envIssues } = readEnvOverrides(env);
  if (envIssues.length) throw new ConfigError(envIssues);

  const result = configSchema.safeParse({ ...fromFile.values, ...fromEnv });
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || '(root)';
        const top = (issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]) as string | undefined;
        const source = top && top in fromEnv ? `environment ${envName(top)}` : file;
        return { key, source, message: issue.message };
      }),
    );
  }
  return { config: result.data, file: fromFile.found ? file : null };
}

function readConfigFile(file: string, required: boolean): { values: Record<string, unknown>; found: boolean } {
  if (!existsSync(file)) {
    if (required) throw new ConfigError([{ key: '(file)', source: file, message: 'file not found' }]);
    return { values: {}, found: false };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([{ key: '(file)', source: file, message: `not valid JSON: ${(error as Error).message}` }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError([{ key: '(file)', source: file, message: 'must be a JSON object' }]);
  }
  return { values: parsed as Record<string, unknown>, found: true };
}

function readEnvOverrides(env: NodeJS.ProcessEnv): { values: Record<string, unknown>; issues: ConfigIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  for (const [key, kind] of Object.entries(ENV_OVERRIDES) as [ConfigKey, string][]) {
    const name = envName(key);
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (kind === 'number') {
      const n = Number(raw);
      if (Number.isNaN(n)) issues.push({ key, source: `environment ${name}`, message: 'must be a number' });
      else values[key] = n;
    } else if (kind === 'boolean') {
      if (raw !== 'true' && raw !== 'false') issues.push({ key, source: `environment ${name}`, message: 'must be true or false' });
      else values[key] = raw === 'true';
    } else {
      values[key] = raw;
    }
  }
  return { values, issues };
}
