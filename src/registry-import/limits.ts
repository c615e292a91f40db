/**
 * What a registry file may be: 10 MB (the country's ~10,000 organisations take about 1 MB as .xlsx)
 * and 20,000 data rows (twice the country). Larger files are refused before anything is read.
 */
export const REGISTRY_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const REGISTRY_FILE_MAX_ROWS = 20_000;

export interface RegistryFileLimits {
  maxBytes: number;
  maxRows: number;
}

export const registryFileLimits: RegistryFileLimits = { maxBytes: REGISTRY_FILE_MAX_BYTES, maxRows: REGISTRY_FILE_MAX_ROWS };
