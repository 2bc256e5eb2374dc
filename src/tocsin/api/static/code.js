/* The paste box: post the article to /api/documents with the bearer token and list the
   events that come back. Every value from the server is set with textContent. */
(function () {
  "use strict";
  var KEY = "tocsin-token";

  function node(tag, cls, value) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (value !== undefined && value !== null) { n.textContent = String(value); }
    return n;
  }

  function actor(ref) {
    if (!ref) { return "?"; }
    return (ref.code || ref.country || "?") + " (" + ref.text + ")";
  }

  /* The sentence with its trigger marked (first occurrence of the trigger's words). */
  function sentence(e) {
    var q = node("q", "sentence");
    var at = e.trigger ? e.sentence.indexOf(e.trigger.text) : -1;
    if (at < 0 || !e.trigger.text) {
      q.textContent = e.sentence;
      return q;
    }
    q.appendChild(document.createTextNode(e.sentence.slice(0, at)));
    q.appendChild(node("mark", "hl-trigger", e.trigger.text));
    q.appendChild(document.createTextNode(e.sentence.slice(at + e.trigger.text.length)));
    return q;
  }

  function eventItem(e) {
    var li = node("li", "event quad-border-" + e.quad_class);
    var head = node("div", "event-head");
    var link = node("a", "event-type", e.event);
    link.href = "/events/" + encodeURIComponent(e.id);
    head.appendChild(link);
    head.appendChild(node("span", "cameo", "CAMEO " + e.cameo));
    head.appendChild(node("span", "status status-" + e.factuality.status, e.factuality.status));
    head.appendChild(node("span", "dyad", actor(e.actor) + " → " + actor(e.recipient)));
    if (e.date) { head.appendChild(node("span", "when", e.date.value)); }
    if (e.location) { head.appendChild(node("span", "where", "at " + e.location.name)); }
    li.appendChild(head);
    li.appendChild(sentence(e));
    if (e.attribution && e.attribution.speaker) {
      li.appendChild(node("div", "event-foot muted", "according to " + e.attribution.speaker.text +
        (e.attribution.anonymous ? " (anonymous)" : "")));
    }
    return li;
  }

  function init() {
    var form = document.getElementById("code-form");
    if (!form) { return; }
    var token = document.getElementById("code-token");
    var status = document.getElementById("code-status");
    var hash = new URLSearchParams(window.location.hash.slice(1));
    if (hash.get("token")) {
      sessionStorage.setItem(KEY, hash.get("token"));
      history.replaceState(null, "", window.location.pathname);
    }
    token.value = sessionStorage.getItem(KEY) || "";
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var body = {};
      ["text", "url", "date", "title", "source"].forEach(function (k) {
        var v = form.elements[k].value.trim();
        if (v) { body[k] = v; }
      });
      if (!body.text && !body.url) { status.textContent = "Paste a text or give a URL."; return; }
      sessionStorage.setItem(KEY, token.value);
      status.textContent = "Coding…";
      document.getElementById("code-submit").disabled = true;
      fetch("/api/documents", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token.value },
        body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().then(function (data) { return { ok: r.ok, status: r.status, data: data }; });
      }).then(function (res) {
        document.getElementById("code-submit").disabled = false;
        if (!res.ok) {
          var detail = res.data && res.data.detail;
          status.textContent = "Refused (" + res.status + "): " +
            (typeof detail === "string" ? detail : JSON.stringify(detail));
          return;
        }
        var d = res.data;
        status.textContent = d.new ? "Coded and stored." : "Already stored: nothing added.";
        var list = document.getElementById("code-events");
        while (list.firstChild) { list.removeChild(list.firstChild); }
        d.events.forEach(function (e) { list.appendChild(eventItem(e)); });
        var summary = document.getElementById("code-summary");
        summary.textContent = d.events.length + " event record" + (d.events.length === 1 ? "" : "s") +
          " · " + d.incidents.length + " incident" + (d.incidents.length === 1 ? "" : "s") + " updated · ";
        var link = node("a", null, "open the document");
        link.href = d.url;
        summary.appendChild(link);
        document.getElementById("code-result").hidden = false;
      }).catch(function (err) {
        document.getElementById("code-submit").disabled = false;
        status.textContent = "Failed: " + err;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", init);
})();
