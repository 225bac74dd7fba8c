// Service objects as the sandbox sees them: every method call pauses the script timer while the service runs.
import type { ScriptTimer } from './script-time';

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * Wraps service objects so that a call of any of their methods, and of methods of the objects they
 * return (a Spreadsheet, its Sheets, a Range, a Form, a trigger builder), tells `timer` when script
 * code hands over to a service and when it gets control back. One proxy per object, so identity
 * holds (`sheet === sheet` after two lookups); `instanceof` and plain properties pass through.
 * Arguments that are wrapped objects are unwrapped before the service sees them; Dates, arrays of
 * values and other data are never wrapped.
 */
export function serviceMeter(timer: ScriptTimer): <T>(value: T) => T {
  const proxies = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  const methods = new WeakMap<AnyFunction, AnyFunction>();

  const unwrap = (value: unknown): unknown => (value !== null && typeof value === 'object' && targets.has(value) ? targets.get(value) : value);

  const metered = (method: AnyFunction): AnyFunction => {
    let wrapper = methods.get(method);
    if (!wrapper) {
      wrapper = function (this: unknown, ...args: unknown[]) {
        timer.enterService();
        try {
          return wrapResult(method.apply(unwrap(this), args.map(unwrap)));
        } finally {
          timer.leaveService();
        }
      };
      methods.set(method, wrapper);
    }
    return wrapper;
  };

  const handler: ProxyHandler<object> = {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      // A frozen method must be returned as it is (a Proxy invariant); none of the services freezes one.
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      return own && !own.configurable && !own.writable ? value : metered(value as AnyFunction);
    },
  };

  const isServiceObject = (value: unknown): value is object =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.toString.call(value) !== '[object Date]';

  function wrapResult(value: unknown): unknown {
    if (Array.isArray(value)) return value.some(isServiceObject) ? value.map(wrapResult) : value;
    if (!isServiceObject(value) || targets.has(value)) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, handler);
      proxies.set(value, proxy);
      targets.set(proxy, value);
    }
    return proxy;
  }

  return wrapResult as <T>(value: T) => T;
}
