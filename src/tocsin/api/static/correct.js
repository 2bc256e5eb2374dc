/* "Not the same incident" buttons: split a report off its incident (or undo it) through the
   API with the bearer token kept in this tab's sessionStorage. */
(function () {
  "use strict";
  var KEY = "tocsin-token";

  function init() {
    document.querySelectorAll("button[data-correct]").forEach(function (button) {
      button.addEventListener("click", function () {
        var token = sessionStorage.getItem(KEY) || window.prompt("API token (the api_token setting)");
        if (!token) { return; }
        sessionStorage.setItem(KEY, token);
        var status = button.parentNode.querySelector(".correct-status");
        button.disabled = true;
        fetch("/api/events/" + encodeURIComponent(button.getAttribute("data-event")) + "/" +
              button.getAttribute("data-correct"), {
          method: "POST",
          headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json" },
          body: "{}"
        }).then(function (r) {
          return r.json().then(function (d) { return { ok: r.ok, status: r.status, data: d }; });
        }).then(function (res) {
          if (res.ok) {
            window.location.href = "/incidents/" + encodeURIComponent(res.data.incident_id);
            return;
          }
          if (res.status === 401) { sessionStorage.removeItem(KEY); }
          button.disabled = false;
          status.textContent = "Refused (" + res.status + "): " + res.data.detail;
        }).catch(function (err) {
          button.disabled = false;
          status.textContent = "Failed: " + err;
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", init);
})();
