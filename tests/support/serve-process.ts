import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './cli.js';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** `hr21 serve` as a user starts it, on a free loopback port; resolves once it listens. */
export function startServeProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'cli', 'main.js'), 'serve', '--port', '0', ...args], {
    cwd: projectRoot,
    env: { ...process.env, HR21_TOKEN: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+) /.exec(stderr)?.[1];
      if (url) resolve({ url, child, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`hr21 serve exited with ${code} before listening:\n${stderr}`)));
  });
}
