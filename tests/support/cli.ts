import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = join(projectRoot, 'dist', 'cli', 'main.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Node options before the binary, e.g. `--import` of a test hook. */
  nodeArgs?: string[];
  /**
   * Run as root would without its power to ignore file permissions (Linux capabilities
   * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped with util-linux's setpriv), so a mode-000
   * file is unreadable even for root; other users need nothing dropped.
   */
  obeyPermissions?: boolean;
}

const DROP_ROOT_OVERRIDE = ['--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--'];

/** Runs the built `hr21` binary as a user would, without a TTY. */
export function hr21(args: string[], options: CliOptions = {}): CliRun {
  const command = [process.execPath, ...(options.nodeArgs ?? []), binary, ...args];
  const asRoot = options.obeyPermissions === true && process.getuid?.() === 0;
  const [file, ...rest] = asRoot ? ['setpriv', ...DROP_ROOT_OVERRIDE, ...command] : command;
  const run = spawnSync(file as string, rest, {
    cwd: options.cwd ?? projectRoot,
    env: { ...process.env, NO_COLOR: '1', HR21_LANG: 'en', ...options.env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * `hr21` without blocking this process: for tests that also serve HTTP in this process, whose
 * event loop a synchronous run would stall (the server's load shedding then answers 503).
 */
export function hr21Async(args: string[], options: Pick<CliOptions, 'cwd' | 'env'> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...args], { cwd: options.cwd ?? projectRoot, env: { ...process.env, NO_COLOR: '1', HR21_LANG: 'en', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export function temporaryFolder(prefix = 'hr21-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
