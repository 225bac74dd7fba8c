// The real dist/Sidebar.html with a google.script.run stand-in that reaches the local runtime over HTTP.

/**
 * Browser code injected before the sidebar's own script. It models the client API of
 * google.script.run (developers.google.com/apps-script/guides/html/reference/run): a runner whose
 * withSuccessHandler / withFailureHandler / withUserObject return a new runner, and on which any
 * other name calls that server function asynchronously, returning nothing. The success handler
 * gets the value, the failure handler an Error; both get the user object as second argument.
 * `then` and `toJSON` are not server functions, so a runner never looks like a promise and
 * JSON.stringify of a runner calls nothing.
 * google.script.host.close() and editor.focus() do nothing here: there is no dialog to close.
 */
export const GOOGLE_SCRIPT_SHIM = `(function () {
  'use strict';
  function notifyPage() {
    if (window.parent !== window) window.parent.postMessage({ type: 'rapport:server-call' }, window.location.origin);
  }
  function call(name, args, handlers) {
    fetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: name, args: args })
    })
      .then(function (response) { return response.json(); })
      .then(function (reply) {
        notifyPage();
        if (reply.ok) {
          if (handlers.success) handlers.success(reply.value, handlers.userObject);
        } else if (handlers.failure) {
          handlers.failure(new Error(reply.error.message), handlers.userObject);
        }
      }, function (error) {
        if (handlers.failure) handlers.failure(new Error('The local server did not answer: ' + error.message), handlers.userObject);
      });
  }
  function runner(handlers) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
        if (name === 'withSuccessHandler') return function (fn) { return runner(Object.assign({}, handlers, { success: fn })); };
        if (name === 'withFailureHandler') return function (fn) { return runner(Object.assign({}, handlers, { failure: fn })); };
        if (name === 'withUserObject') return function (object) { return runner(Object.assign({}, handlers, { userObject: object })); };
        return function () { call(name, Array.prototype.slice.call(arguments), handlers); };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner({}),
    host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  };
})();`;

/** Inserts the shim as the first script of the page, so it exists before the sidebar's code runs. */
export function injectShim(sidebarHtml: string): string {
  const tag = `<script>${GOOGLE_SCRIPT_SHIM}</script>`;
  const firstScript = sidebarHtml.search(/<script\b/i);
  if (firstScript === -1) throw new Error('Sidebar.html has no <script>: is dist/ built?');
  return sidebarHtml.slice(0, firstScript) + tag + sidebarHtml.slice(firstScript);
}
