import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ScenarioError } from './validate-scenario.js';

/**
 * Reads a scenario file as plain data: JSON, or a JS/TS module whose default
 * export (or `scenario` export) is the scenario object. Validation is the
 * caller's, after CLI flags are merged in.
 */
export async function loadScenarioFile(path: string): Promise<Record<string, unknown>> {
  const full = resolve(path);
  const ext = extname(full).toLowerCase();
  if (ext === '.json') return parseJson(full, await readText(full));
  if (['.ts', '.mts', '.js', '.mjs'].includes(ext)) return fromModule(full, await importModule(full, ext));
  throw new ScenarioError([`scenario file must end in .json, .ts, .mts, .js or .mjs: ${path}`]);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ScenarioError([`cannot read scenario file ${path}: ${(error as Error).message}`]);
  }
}

function parseJson(path: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError([`scenario file ${path} is not valid JSON: ${(error as Error).message}`]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioError([`scenario file ${path} must hold a JSON object`]);
  }
  return value as Record<string, unknown>;
}

async function importModule(path: string, ext: string): Promise<Record<string, unknown>> {
  try {
    if (ext === '.ts' || ext === '.mts') {
      // TypeScript scenarios go through tsx's loader, which the workspace already has.
      const { tsImport } = await import('tsx/esm/api');
      return (await tsImport(pathToFileURL(path).href, import.meta.url)) as Record<string, unknown>;
    }
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ScenarioError([`cannot load scenario module ${path}: ${(error as Error).message}`]);
  }
}

function fromModule(path: string, module: Record<string, unknown>): Record<string, unknown> {
  let value = module.default ?? module.scenario;
  // A file Node reads as CommonJS arrives wrapped once more: { default: { default: scenario } }.
  if (isWrapped(value)) value = value.default ?? value.scenario;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioError([
      `scenario module ${path} must export the scenario object as default or as "scenario"`,
    ]);
  }
  return value as Record<string, unknown>;
}

function isWrapped(value: unknown): value is { default?: unknown; scenario?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).filter((k) => k !== '__esModule');
  return keys.length === 1 && (keys[0] === 'default' || keys[0] === 'scenario');
}
