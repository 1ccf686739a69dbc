/**
 * Reading a data file into items: JSON syntax errors named by line and column, one bad item never
 * hiding the others, and every problem naming the file, the item and the field.
 */
import type { z } from 'zod';

export interface DataFile {
  /** Path relative to the repository root, as shown in messages: "data/events/2025.json". */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  item: string;
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.item}: ${problem.field}: ${problem.message}`;
}


function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Parses JSON, turning a syntax error into a problem that names the file and the position. */
export function parseJson(file: DataFile, problems: Problem[]): unknown {
  if (file.text.trim() === '') {
    problems.push({ file: file.path, item: '(file)', field: '(json)', message: 'the file is missing or empty' });
    return undefined;
  }
  try {
    return JSON.parse(file.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(file.text, Number(position[1])) : 'unknown position';
    problems.push({ file: file.path, item: '(file)', field: '(json)', message: `malformed JSON at ${where}: ${message}` });
    return undefined;
  }
}

export function itemName(raw: unknown, index: number, key: 'id' | 'iso3' | 'version'): string {
  if (raw && typeof raw === 'object' && typeof (raw as Record<string, unknown>)[key] === 'string') {
    return (raw as Record<string, string>)[key];
  }
  return `#${index}`;
}

export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(item)';
}

/** Parses an array file item by item, so one bad item does not hide the others. */
export function parseItems<T>(file: DataFile, schema: z.ZodType<T>, key: 'id' | 'iso3' | 'version', problems: Problem[]): Array<{ item: T; name: string }> {
  const raw = parseJson(file, problems);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: file.path, item: '(file)', field: '(root)', message: 'must be a JSON array' });
    return [];
  }
  const parsed: Array<{ item: T; name: string }> = [];
  raw.forEach((value, index) => {
    const name = itemName(value, index, key);
    const result = schema.safeParse(value);
    if (result.success) parsed.push({ item: result.data, name });
    else for (const issue of result.error.issues) problems.push({ file: file.path, item: name, field: fieldPath(issue.path), message: issue.message });
  });
  return parsed;
}

