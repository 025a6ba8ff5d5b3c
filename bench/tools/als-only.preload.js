// Context propagation alone (no tracer): every request runs in its own OpenTelemetry context,
// as under the server span, so the async-hook cost of AsyncLocalStorage shows on its own.
const api = require('@opentelemetry/api');
const { AsyncLocalStorageContextManager } = require('@opentelemetry/context-async-hooks');
api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
const key = api.createContextKey('request');
const proto = require('node:http').Server.prototype;
const emit = proto.emit;
proto.emit = function (event, req, res) {
  if (event !== 'request') return emit.apply(this, arguments);
  return api.context.with(api.ROOT_CONTEXT.setValue(key, req), emit, this, event, req, res);
};
