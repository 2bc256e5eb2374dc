/* Charts of a dyad at one level: the weekly probability of an escalation onset with the alert
   thresholds, the reliability of the forecasts, and weekly violence and risk. Plain SVG built
   with DOM calls (no innerHTML). */
(function () {
  "use strict";
  var svg = window.tocsinSvg;  /* svg.js, loaded before this script */
  var el = svg.el, text = svg.text, num = svg.num;

  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent || "null") : null;
  }

  function clear(box) { while (box.firstChild) { box.removeChild(box.firstChild); } }

  function empty(box, words) {
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = words;
    box.appendChild(p);
  }

  function frame(box, title) {
    var W = Math.max(box.clientWidth || 900, 420), H = 240;
    var svg = el("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img" }, box);
    el("title", {}, svg).textContent = title;
    return { svg: svg, W: W, H: H, m: { l: 46, r: 20, t: 14, b: 30 } };
  }

  function weekAxis(f, series, step) {
    var every = Math.max(1, Math.ceil(series.length / Math.floor((f.W - f.m.l - f.m.r) / 80)));
    series.forEach(function (d, i) {
      if (i % every === 0) { text(f.svg, f.m.l + i * step + step / 2, f.H - 8, d.week, "axis", "middle"); }
    });
  }

  function probability(box) {
    var series = data(box.getAttribute("data-probability")) || [];
    var thresholds = data(box.getAttribute("data-thresholds")) || {};
    clear(box);
    if (!series.length) { empty(box, "No forecast yet."); return; }
    var f = frame(box, "Probability of an escalation onset by week");
    var top = 1, innerH = f.H - f.m.t - f.m.b, step = (f.W - f.m.l - f.m.r) / series.length;
    function y(p) { return f.m.t + innerH * (1 - p / top); }
    [0, 0.25, 0.5, 0.75, 1].forEach(function (p) {
      el("line", { x1: f.m.l, x2: f.W - f.m.r, y1: y(p), y2: y(p), "class": "grid" }, f.svg);
      text(f.svg, f.m.l - 6, y(p) + 4, p.toFixed(2), "axis", "end");
    });
    Object.keys(thresholds).forEach(function (name) {
      var v = num(thresholds[name]);
      el("line", { x1: f.m.l, x2: f.W - f.m.r, y1: y(v), y2: y(v), "class": "threshold level-" + name }, f.svg);
      text(f.svg, f.W - f.m.r, y(v) - 3, name, "axis threshold-label", "end");
    });
    var pts = series.map(function (d, i) {
      return (f.m.l + i * step + step / 2).toFixed(1) + "," + y(num(d.probability)).toFixed(1);
    });
    el("polyline", { points: pts.join(" "), "class": "probability" }, f.svg);
    series.forEach(function (d, i) {
      var dot = el("circle", { cx: f.m.l + i * step + step / 2, cy: y(num(d.probability)), r: 3, "class": "prob-point" }, f.svg);
      el("title", {}, dot).textContent = "week of " + d.week + ": p = " + num(d.probability).toFixed(3) +
        " · violent " + num(d.violent).toFixed(1) + " · deaths reported " + num(d.killed);
    });
    weekAxis(f, series, step);
  }

  function reliability(box) {
    var bins = (data(box.getAttribute("data-reliability")) || []).filter(function (b) { return b.count > 0; });
    clear(box);
    if (!bins.length) { empty(box, "No reliability table for this model."); return; }
    var f = frame(box, "Reliability of the forecasts");
    var side = Math.min(f.W - f.m.l - f.m.r, f.H - f.m.t - f.m.b);
    function x(p) { return f.m.l + side * p; }
    function y(p) { return f.m.t + side * (1 - p); }
    el("rect", { x: f.m.l, y: f.m.t, width: side, height: side, "class": "frame" }, f.svg);
    el("line", { x1: x(0), y1: y(0), x2: x(1), y2: y(1), "class": "diagonal" }, f.svg);
    [0, 0.5, 1].forEach(function (p) {
      text(f.svg, x(p), f.m.t + side + 14, p.toFixed(1), "axis", "middle");
      text(f.svg, f.m.l - 6, y(p) + 4, p.toFixed(1), "axis", "end");
    });
    text(f.svg, f.m.l + side + 12, f.m.t + 12, "observed frequency ↑", "axis label");
    text(f.svg, f.m.l + side + 12, f.m.t + side, "mean forecast →", "axis label");
    var biggest = Math.max.apply(null, bins.map(function (b) { return b.count; }));
    var pts = [];
    bins.forEach(function (b) {
      var cx = x(num(b.mean_forecast)), cy = y(num(b.observed));
      pts.push(cx.toFixed(1) + "," + cy.toFixed(1));
      var dot = el("circle", { cx: cx, cy: cy, r: 3 + 6 * Math.sqrt(b.count / biggest), "class": "rel-point" }, f.svg);
      el("title", {}, dot).textContent = b.low + "–" + b.high + ": " + b.count + " forecasts, mean " +
        num(b.mean_forecast).toFixed(3) + ", observed " + num(b.observed).toFixed(3);
    });
    if (pts.length > 1) { el("polyline", { points: pts.join(" "), "class": "reliability" }, f.svg); }
  }

  function weeks(box) {
    var series = data(box.getAttribute("data-weeks")) || [];
    clear(box);
    if (!series.length) { empty(box, "Nothing to draw."); return; }
    var f = frame(box, "Violence and risk by week");
    var innerH = f.H - f.m.t - f.m.b, step = (f.W - f.m.l - f.m.r) / series.length;
    var bw = Math.max(1, Math.min(24, step * 0.4));
    var top = Math.max.apply(null, series.map(function (d) { return Math.max(num(d.violent), num(d.risk)); }).concat([1]));
    text(f.svg, f.m.l - 6, f.m.t + 10, top.toFixed(1), "axis", "end");
    text(f.svg, f.m.l - 6, f.m.t + innerH, "0", "axis", "end");
    series.forEach(function (d, i) {
      var x = f.m.l + i * step + step / 2 - bw;
      var hv = num(d.violent) / top * innerH, hr = num(d.risk) / top * innerH;
      if (hv > 0) { el("rect", { x: x, y: f.m.t + innerH - hv, width: bw, height: hv, "class": "bar q4" }, f.svg); }
      if (hr > 0) { el("rect", { x: x + bw, y: f.m.t + innerH - hr, width: bw, height: hr, "class": "bar risk" }, f.svg); }
    });
    weekAxis(f, series, step);
  }

  function init() {
    var drawers = [["data-probability", probability], ["data-reliability", reliability], ["data-weeks", weeks]];
    drawers.forEach(function (pair) {
      document.querySelectorAll(".chart[" + pair[0] + "]").forEach(function (box) {
        pair[1](box);
        var timer = null;
        window.addEventListener("resize", function () {
          clearTimeout(timer);
          timer = setTimeout(function () { pair[1](box); }, 150);
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", init);
})();
