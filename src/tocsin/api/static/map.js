/* Equirectangular map of located incidents over country outlines (from /static/world.json),
   with a graticule; pan by dragging, zoom with the wheel. Built with DOM calls only. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 1000, H = 500;
  var HAPPENED = { asserted: true, alleged: true };

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function x(lon) { return (lon + 180) / 360 * W; }
  function y(lat) { return (90 - lat) / 180 * H; }

  function ringPath(ring) {
    return ring.map(function (p, i) {
      return (i ? "L" : "M") + x(p[0]).toFixed(1) + " " + y(p[1]).toFixed(1);
    }).join("") + "Z";
  }

  function drawGraticule(g) {
    for (var lon = -180; lon <= 180; lon += 30) {
      el("line", { x1: x(lon), x2: x(lon), y1: 0, y2: H, "class": "grat" }, g);
    }
    for (var lat = -60; lat <= 60; lat += 30) {
      el("line", { x1: 0, x2: W, y1: y(lat), y2: y(lat), "class": lat === 0 ? "grat eq" : "grat" }, g);
    }
  }

  function drawCountries(g, labels, data) {
    (data.countries || []).forEach(function (c) {
      var path = el("path", { d: c.rings.map(ringPath).join(""), "class": "country" }, g);
      var t = el("title", {}, path);
      t.textContent = c.name;
      if (c.label && c.iso3) {
        var lo = Infinity, hi = -Infinity;
        c.rings.forEach(function (r) { r.forEach(function (p) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); }); });
        var lab = el("text", {
          x: x(c.label[0]), y: y(c.label[1]), "class": "clabel", "text-anchor": "middle",
          "data-w": (x(hi) - x(lo)).toFixed(2)
        }, labels);
        lab.textContent = c.iso3;
      }
    });
  }

  function showDetail(box, p) {
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.className = "detail";
    var a = document.createElement("a");
    a.href = "/incidents/" + encodeURIComponent(p.id);
    a.textContent = p.event + " · " + (p.actor || "?") + " → " + (p.recipient || "?");
    box.appendChild(a);
    var s = document.createElement("span");
    s.textContent = " · " + (p.date || "undated") + " · " + (p.place || "") + " · " + p.status +
      " · " + p.sources + " source" + (p.sources === 1 ? "" : "s");
    box.appendChild(s);
  }

  function drawPoints(g, points, detail) {
    var jitter = {};
    points.forEach(function (p) {
      var key = p.lat.toFixed(2) + "," + p.lon.toFixed(2);
      var k = jitter[key] = (jitter[key] || 0) + 1;
      var angle = k * 2.4, off = k > 1 ? 1.6 * Math.sqrt(k) : 0;
      var cx = x(p.lon) + off * Math.cos(angle), cy = y(p.lat) + off * Math.sin(angle);
      var dot = el("circle", {
        cx: cx.toFixed(2), cy: cy.toFixed(2), r: 1, "data-px": 5 + Math.min(5, 1.5 * Math.sqrt(p.sources || 1)),
        "class": "pt q" + p.quad_class + (HAPPENED[p.status] ? "" : " hypo"),
        tabindex: 0
      }, g);
      var t = el("title", {}, dot);
      t.textContent = p.event + " " + (p.actor || "?") + "→" + (p.recipient || "?") + " · " +
        (p.place || "") + " · " + (p.date || "undated") + " · " + p.status;
      dot.addEventListener("click", function () { showDetail(detail, p); });
      dot.addEventListener("keydown", function (e) { if (e.key === "Enter") { showDetail(detail, p); } });
    });
  }

  /* Keep dots and labels the same size on screen whatever the zoom. */
  function resize(svg, view) {
    var width = svg.getBoundingClientRect().width || W;
    var unit = view[2] / width;
    svg.querySelectorAll("circle.pt").forEach(function (c) {
      c.setAttribute("r", (Number(c.getAttribute("data-px")) * unit).toFixed(3));
      c.setAttribute("stroke-width", (1.2 * unit).toFixed(3));
    });
    svg.querySelectorAll("text.clabel").forEach(function (t) {
      t.setAttribute("font-size", (10 * unit).toFixed(3));
      /* label a country only when its outline is wide enough on screen to hold the code */
      t.style.display = Number(t.getAttribute("data-w")) / unit > 34 ? "" : "none";
    });
  }

  function fit(points) {
    if (!points.length) { return [0, 0, W, H]; }
    var xs = points.map(function (p) { return x(p.lon); }), ys = points.map(function (p) { return y(p.lat); });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = Math.max(x1 - x0, 120) * 1.6, h = Math.max(y1 - y0, 60) * 1.6;
    if (w / h > 2) { h = w / 2; } else { w = h * 2; }
    w = Math.min(w, W); h = Math.min(h, H);
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    return [Math.max(0, Math.min(W - w, cx - w / 2)), Math.max(0, Math.min(H - h, cy - h / 2)), w, h];
  }

  function interact(svg, view) {
    function apply() {
      svg.setAttribute("viewBox", view.map(function (v) { return v.toFixed(2); }).join(" "));
      resize(svg, view);
    }
    apply();
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      var rect = svg.getBoundingClientRect();
      var fx = (e.clientX - rect.left) / rect.width, fy = (e.clientY - rect.top) / rect.height;
      var k = e.deltaY < 0 ? 0.8 : 1.25;
      var w = Math.min(W, Math.max(20, view[2] * k)), h = w / 2;
      view = [view[0] + (view[2] - w) * fx, view[1] + (view[3] - h) * fy, w, h];
      apply();
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (e) { drag = { x: e.clientX, y: e.clientY, v: view.slice() }; });
    window.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("pointermove", function (e) {
      if (!drag) { return; }
      var rect = svg.getBoundingClientRect();
      view = [drag.v[0] - (e.clientX - drag.x) / rect.width * view[2],
              drag.v[1] - (e.clientY - drag.y) / rect.height * view[3], view[2], view[3]];
      apply();
    });
  }

  function init() {
    var box = document.getElementById("map");
    if (!box) { return; }
    var source = document.getElementById(box.getAttribute("data-points"));
    var points = source ? JSON.parse(source.textContent || "[]") : [];
    var detail = document.getElementById("map-detail");
    var svg = el("svg", { "class": "map-svg", preserveAspectRatio: "xMidYMid meet", role: "img" }, box);
    el("rect", { x: 0, y: 0, width: W, height: H, "class": "sea" }, svg);
    var land = el("g", {}, svg), grat = el("g", {}, svg), labels = el("g", {}, svg), dots = el("g", {}, svg);
    drawGraticule(grat);
    drawPoints(dots, points, detail);
    var view = fit(points);
    interact(svg, view);
    fetch(box.getAttribute("data-outlines")).then(function (r) {
      if (!r.ok) { throw new Error("outlines " + r.status); }
      return r.json();
    }).then(function (data) {
      drawCountries(land, labels, data);
      resize(svg, svg.getAttribute("viewBox").split(" ").map(Number));
      box.setAttribute("data-drawn", "outlines");
    }).catch(function () {
      box.setAttribute("data-drawn", "graticule");
    });
  }

  document.addEventListener("DOMContentLoaded", init);
})();
