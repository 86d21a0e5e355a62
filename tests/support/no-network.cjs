// Preloaded with --require into a child process: it runs in every thread the process starts,
// OCR's own worker threads included, and turns any attempt to reach the network into a failure
// that is also reported on stderr (an engine might swallow the error).
const net = require('node:net');
const dns = require('node:dns');

function refuse(what) {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
  throw new Error(`network access refused: ${what}`);
}

net.Socket.prototype.connect = function connect() {
  refuse('socket connect');
};
dns.lookup = function lookup(host) {
  refuse(`dns lookup ${host}`);
};
globalThis.fetch = function fetch(url) {
  refuse(`fetch ${String(url)}`);
};
