/* Timeline of a dyad: cooperation above the axis, conflict below, the risk channel in its own
   lane, and the Goldstein sum as a line. Plain SVG built with DOM calls (no innerHTML). */
(function () {
  "use strict";
  var svg = window.tocsinSvg;  /* svg.js, loaded before this script */
  var el = svg.el, text = svg.text, num = svg.num;

  /* The incident list for one period of the dyad (dyad sides may carry a sector: KEN/GOV). */
  function periodLink(box, d) {
    var actor = box.getAttribute("data-actor"), recipient = box.getAttribute("data-recipient");
    if (!actor || !recipient) { return null; }
    var end = new Date(d.period + "T00:00:00Z");
    if (box.getAttribute("data-freq") === "week") { end.setUTCDate(end.getUTCDate() + 6); }
    return "/incidents?" + new URLSearchParams({
      actor: actor.split("/")[0], recipient: recipient.split("/")[0],
      since: d.period, until: end.toISOString().slice(0, 10)
    }).toString();
  }

  function draw(box, series) {
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (!series.length) {
      var p = document.createElement("p");
      p.className = "empty";
      p.textContent = "Nothing to draw.";
      box.appendChild(p);
      return;
    }
    var W = Math.max(box.clientWidth || 900, 480), H = 300;
    var m = { l: 46, r: 46, t: 16, b: 30 };
    var riskH = 52, gap = 18;
    var mainH = H - m.t - m.b - riskH - gap;
    var svg = el("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "class": "timeline-svg" }, box);
    var title = el("title", {}, svg);
    title.textContent = "Cooperation and conflict by period";
    var n = series.length, step = (W - m.l - m.r) / n, bw = Math.max(1, Math.min(28, step * 0.72));
    var up = 0, down = 0, risk = 0, gmax = 0;
    series.forEach(function (d) {
      up = Math.max(up, num(d.quad1) + num(d.quad2));
      down = Math.max(down, num(d.quad3) + num(d.quad4));
      risk = Math.max(risk, num(d.risk));
      gmax = Math.max(gmax, Math.abs(num(d.goldstein)));
    });
    var span = Math.max(up + down, 1);
    var zero = m.t + mainH * (Math.max(up, span * 0.15) / (Math.max(up, span * 0.15) + Math.max(down, span * 0.15)));
    var scaleUp = up > 0 ? (zero - m.t) / up : 0;
    var scaleDown = down > 0 ? (m.t + mainH - zero) / down : 0;
    el("line", { x1: m.l, x2: W - m.r, y1: zero, y2: zero, "class": "zero" }, svg);
    if (up > 0) { text(svg, m.l - 6, m.t + 10, up.toFixed(1), "axis", "end"); }
    if (down > 0) { text(svg, m.l - 6, m.t + mainH, "-" + down.toFixed(1), "axis", "end"); }
    text(svg, m.l - 6, zero + 4, "0", "axis", "end");
    text(svg, m.l, m.t + 10, "cooperation ↑", "axis label");
    text(svg, m.l, m.t + mainH - 2, "conflict ↓", "axis label");
    var riskTop = m.t + mainH + gap;
    el("rect", { x: m.l, y: riskTop, width: W - m.l - m.r, height: riskH, "class": "risk-lane" }, svg);
    text(svg, m.l - 6, riskTop + 12, "risk", "axis", "end");
    var gpts = [];
    series.forEach(function (d, i) {
      var x = m.l + i * step + (step - bw) / 2;
      var g = el("g", { "class": "period" }, svg);
      var tip = el("title", {}, g);
      tip.textContent = d.period + " — incidents " + d.incidents +
        " · cooperation " + (num(d.quad1) + num(d.quad2)).toFixed(1) +
        " · conflict " + (num(d.quad3) + num(d.quad4)).toFixed(1) +
        " · Goldstein " + num(d.goldstein).toFixed(1) + " · risk " + num(d.risk).toFixed(1);
      var y = zero;
      [["quad1", "q1"], ["quad2", "q2"]].forEach(function (q) {
        var h = num(d[q[0]]) * scaleUp;
        if (h > 0) { y -= h; el("rect", { x: x, y: y, width: bw, height: h, "class": "bar " + q[1] }, g); }
      });
      y = zero;
      [["quad3", "q3"], ["quad4", "q4"]].forEach(function (q) {
        var h = num(d[q[0]]) * scaleDown;
        if (h > 0) { el("rect", { x: x, y: y, width: bw, height: h, "class": "bar " + q[1] }, g); y += h; }
      });
      if (risk > 0 && num(d.risk) > 0) {
        var rh = num(d.risk) / risk * (riskH - 4);
        el("rect", { x: x, y: riskTop + riskH - rh, width: bw, height: rh, "class": "bar risk" }, g);
      }
      var hit = el("rect", { x: m.l + i * step, y: m.t, width: step, height: mainH + gap + riskH, "class": "hit" }, g);
      var href = periodLink(box, d);
      if (href && d.incident_ids && d.incident_ids.length) {
        hit.style.cursor = "pointer";
        hit.addEventListener("click", function () { window.location.href = href; });
      }
      if (gmax > 0) {
        gpts.push((x + bw / 2).toFixed(1) + "," + (zero - num(d.goldstein) / gmax * Math.min(zero - m.t, m.t + mainH - zero)).toFixed(1));
      }
    });
    if (gpts.length > 1) { el("polyline", { points: gpts.join(" "), "class": "goldstein" }, svg); }
    var every = Math.max(1, Math.ceil(n / Math.floor((W - m.l - m.r) / 80)));
    series.forEach(function (d, i) {
      if (i % every === 0) { text(svg, m.l + i * step + step / 2, H - 8, d.period, "axis", "middle"); }
    });
  }

  function init() {
    document.querySelectorAll(".chart[data-series]").forEach(function (box) {
      var source = document.getElementById(box.getAttribute("data-series"));
      var series = source ? JSON.parse(source.textContent || "[]") : [];
      draw(box, series);
      var timer = null;
      window.addEventListener("resize", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { draw(box, series); }, 150);
      });
    });
    var pick = document.getElementById("dyad-select");
    if (pick) {
      pick.addEventListener("change", function () {
        var parts = pick.value.split("|");
        var form = pick.form;
        form.elements.actor.value = parts[0];
        form.elements.recipient.value = parts[1];
        form.submit();
      });
    }
  }

  document.addEventListener("DOMContentLoaded", init);
})();
