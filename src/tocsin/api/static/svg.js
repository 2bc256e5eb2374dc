/* SVG helpers shared by the dashboard's charts: elements built with DOM calls (no innerHTML). */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, value, cls, anchor) {
    var t = el("text", { x: x, y: y, "class": cls || "axis", "text-anchor": anchor || "start" }, parent);
    t.textContent = value;
    return t;
  }

  function num(v) { return typeof v === "number" && isFinite(v) ? v : 0; }

  window.tocsinSvg = { el: el, text: text, num: num };
})();
