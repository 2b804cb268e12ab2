/*
 * Loads Next's client runtime on a page's first interaction instead of at
 * load. build/static-pages.ts copies this file into the build (with a
 * content hash in its name) for prerendered pages with an interactive
 * island, and moves every script of Next's into the JSON data block
 * #deferred-runtime: the chunk loader's start-up list (what the inline `_R_`
 * script pushed), the page's RSC payload (what the inline scripts pushed
 * onto self.__next_f) and the runtime's script URLs. This file does those
 * pushes, in that order, then adds the scripts. Until someone presses, taps,
 * types or tabs, the page is plain HTML whose form posts to its Server
 * Action like any form does.
 *
 * A form sent before React has taken over is held and sent again once it
 * has (the form marks itself with data-enhanced), so it gets the in-place
 * errors rather than a page load; if the runtime cannot load in time the
 * form is sent the plain way, as it would be without JavaScript.
 */
(function () {
  "use strict";
  var data = document.getElementById("deferred-runtime");
  if (!data) return;
  var runtime = JSON.parse(data.textContent || "{}");
  var started = false;
  var holding = false;
  var triggers = ["pointerdown", "keydown", "focusin", "touchstart"];

  function loadRuntime() {
    if (started) return;
    started = true;
    triggers.forEach(function (type) {
      window.removeEventListener(type, loadRuntime, true);
    });
    var turbopack = (window.TURBOPACK = window.TURBOPACK || []);
    (runtime.turbopack || []).forEach(function (entry) {
      turbopack.push(entry);
    });
    var flight = (self.__next_f = self.__next_f || []);
    (runtime.flight || []).forEach(function (entry) {
      flight.push(entry);
    });
    (runtime.scripts || []).forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    });
  }

  triggers.forEach(function (type) {
    window.addEventListener(type, loadRuntime, { capture: true, passive: true });
  });

  window.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || form.hasAttribute("data-enhanced")) return;
      event.preventDefault();
      // A second press while the first send is held would send the form twice.
      if (holding) return;
      holding = true;
      var submitter = event.submitter || null;
      loadRuntime();
      var waited = 0;
      var timer = window.setInterval(function () {
        waited += 50;
        if (form.hasAttribute("data-enhanced")) {
          window.clearInterval(timer);
          holding = false;
          form.requestSubmit(submitter);
        } else if (waited >= 10000) {
          window.clearInterval(timer);
          HTMLFormElement.prototype.submit.call(form);
        }
      }, 50);
    },
    true,
  );
})();
