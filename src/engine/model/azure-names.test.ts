import { describe, expect, it } from 'vitest';
import { AZURE_RESOURCE_TYPES, resourceNameProblem } from './azure-names.ts';

describe('Azure resource names', () => {
  it.each(AZURE_RESOURCE_TYPES)('%s: takes the names Azure takes', (type) => {
    for (const name of ['a', '1', 'Hub-ER-Gateway', 'ER.Amsterdam_1', 'gw_', 'x'.repeat(80)])
      expect(resourceNameProblem(type, name), name).toBeNull();
  });

  it.each([
    ['', 'is empty'],
    ['x'.repeat(81), 'is longer than 80 characters'],
    ['-gw', 'must start with a letter or a digit'],
    ['_gw', 'must start with a letter or a digit'],
    ['gw-', 'must end with a letter, a digit or an underscore'],
    ['gw.', 'must end with a letter, a digit or an underscore'],
    ['my gw', 'may hold only letters, digits, underscores, periods and hyphens'],
    ['$(touch PWNED)', 'may hold only letters, digits, underscores, periods and hyphens'],
    ['gw\n', 'may hold only letters, digits, underscores, periods and hyphens'],
    ['Büro', 'may hold only letters, digits, underscores, periods and hyphens'],
  ])('refuses %j: %s', (name, problem) => {
    for (const type of AZURE_RESOURCE_TYPES) expect(resourceNameProblem(type, name)).toBe(problem);
  });
});
