/**
 * Loaded with `node --import` into the CLI by a test: just before the main thread hands the
 * file named by HR21_TEST_SWAP to a worker (after the inputs were listed, before the file is
 * read), removes it, or with HR21_TEST_SWAP_TO=fifo puts a FIFO in its place: what a real batch
 * meets when a file is moved or replaced meanwhile.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { isMainThread, Worker } from 'node:worker_threads';

const name = process.env.HR21_TEST_SWAP;
if (isMainThread && name) {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function postMessage(message, ...rest) {
    if (typeof message?.path === 'string' && message.path.endsWith(`/${name}`)) {
      rmSync(message.path);
      if (process.env.HR21_TEST_SWAP_TO === 'fifo') execFileSync('mkfifo', [message.path]);
    }
    return post.call(this, message, ...rest);
  };
}
