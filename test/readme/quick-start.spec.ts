import { join } from 'node:path';
import * as ts from 'typescript';
import { firstCodeBlock, readReadme, section } from './readme-tables';

const ROOT = join(__dirname, '..', '..');

/**
 * Type-checks each source as a module of this repository, with `nestjs-telemetry` mapped to
 * src/, in one program; returns the errors of each.
 */
function typeErrors(sources: string[]): string[][] {
  const files = sources.map((_, i) => join(ROOT, 'test', 'readme', `__readme_${i}__.ts`));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: ['node'],
    strict: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    skipLibCheck: true,
    noEmit: true,
    baseUrl: ROOT,
    paths: { 'nestjs-telemetry': ['src/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const { readFile, fileExists } = host;
  host.readFile = (name) => (files.includes(name) ? sources[files.indexOf(name)] : readFile(name));
  host.fileExists = (name) => files.includes(name) || fileExists(name);
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(files, options, host));
  return files.map((file) =>
    diagnostics
      .filter((d) => d.file?.fileName === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  );
}

describe("README 'Quick start'", () => {
  it('compiles against the library as shown (and the check catches a wrong option)', () => {
    const code = firstCodeBlock(section(readReadme(), '## Quick start'));
    expect(code).toMatch(/TelemetryModule\.forRoot\(\{ serviceName: 'gateway' \}\)/);
    const broken = code.replace("serviceName: 'gateway'", "serviceNam: 'gateway'");
    const [errors, brokenErrors] = typeErrors([code, broken]);
    expect(errors).toEqual([]);
    expect(brokenErrors.join('\n')).toMatch(/serviceNam/);
  });
});
