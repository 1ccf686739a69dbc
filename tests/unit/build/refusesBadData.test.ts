import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppVariant, REPO_ROOT } from '../../support/buildAppVariant.ts';

describe('the production build', () => {
  it('stops on bad data with the validator’s message naming the file, the event and the field', async () => {
    const dataRoot = mkdtempSync(join(tmpdir(), 'bad-build-'));
    cpSync(join(REPO_ROOT, 'tests/fixtures/valid'), dataRoot, { recursive: true });
    const file = join(dataRoot, 'data/events/2025.json');
    const events = JSON.parse(readFileSync(file, 'utf8'));
    events[0].date = '2025-02-30';
    writeFileSync(file, JSON.stringify(events));

    await expect(buildAppVariant(dataRoot, 'dist-bad-data')).rejects.toThrow(
      'data/events/2025.json: 2025-10-09-dushanbe-ca-russia-summit: date: "2025-02-30" is not a real date',
    );
  }, 60_000);
});
