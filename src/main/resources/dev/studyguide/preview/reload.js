// Live reload for `studyguide serve`: reload when the site is rebuilt, show the error when a rebuild fails.
(function () {
  "use strict";
  var seen = null;
  var banner = null;
  function show(error) {
    if (!error) {
      if (banner) { banner.remove(); banner = null; }
      return;
    }
    if (!banner) {
      banner = document.createElement("pre");
      banner.setAttribute("role", "alert");
      banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;margin:0;" +
        "padding:1rem;background:#3b0d0c;color:#ffdcd7;font:13px/1.4 ui-monospace,monospace;z-index:2147483647;" +
        "white-space:pre-wrap;border-top:3px solid #ff6b5b";
      document.body.appendChild(banner);
    }
    banner.textContent = "studyguide: the last edit did not build; this is the last good version.\n\n" + error;
  }
  // The server answers as soon as the state differs from what this page has seen (or after a while anyway),
  // so a rebuild shows at once, without polling.
  function poll() {
    var since = seen === null ? "" : "?since=" + seen + "&failed=" + (banner ? 1 : 0);
    fetch("/__studyguide/state" + since, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        if (seen !== null && state.version !== seen) { location.reload(); return; }
        seen = state.version;
        show(state.error);
      })
      .then(function () { setTimeout(poll, 0); },
        function () { setTimeout(poll, 1000); /* server restarting */ });
  }
  poll();
})();
