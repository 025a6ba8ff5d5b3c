import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleRegion, firstCodeBlock, readReadme, section } from './readme-tables';

const TEST_FILE = join(__dirname, '..', 'sample-app', 'testing-kit.e2e-spec.ts');

describe("README 'Testing your instrumentation'", () => {
  it('shows the code that test/sample-app/testing-kit.e2e-spec.ts runs', () => {
    const example = exampleRegion(readFileSync(TEST_FILE, 'utf8'));
    const shown = firstCodeBlock(section(readReadme(), '## Testing your instrumentation'));
    const dedented = shown
      .split('\n')
      .map((l) => (l.startsWith('  ') ? l.slice(2) : l))
      .join('\n');
    expect(dedented).toContain(example);
  });
});
