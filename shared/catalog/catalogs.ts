/** The catalogs the reference server ships, by the name `--catalog` takes. */
import type { CatalogData } from '../contract/catalog-schema.ts';
import { HAINAN_CATALOG } from './data/hainan.ts';
import { HANGZHOU_CATALOG } from './data/hangzhou.ts';

export const CATALOG_NAMES = ['hainan', 'hangzhou'] as const;
export type CatalogName = (typeof CATALOG_NAMES)[number];

export const DEFAULT_CATALOG: CatalogName = 'hainan';

export const CATALOGS: Record<CatalogName, CatalogData> = { hainan: HAINAN_CATALOG, hangzhou: HANGZHOU_CATALOG };
