(function () {
  "use strict";
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function one(sel, root) { return (root || document).querySelector(sel); }
  function clearFlash() {
    all(".flash").forEach(function (x) { x.classList.remove("flash"); });
    all("tr.current").forEach(function (x) { x.classList.remove("current"); });
  }
  function flash(el) { if (!el) return; void el.offsetWidth; el.classList.add("flash"); }

  // The page crop of a mention, shown full width at the top of the side panel.
  function showCrop(id) {
    var box = one("#preview"), img = document.getElementById("crop-" + id);
    if (!box || !img) return;
    all("img.crop", box).forEach(function (x) { x.hidden = x !== img; });
    one("figcaption", box).textContent = img.alt;
    box.hidden = false;
  }
  function goFigure(row) {
    var marks = all('mark.fig[data-fig="' + row.dataset.fig + '"]');
    if (!marks.length) return;
    var i = (+(row.dataset.next || 0)) % marks.length;
    row.dataset.next = i + 1;
    clearFlash();
    row.classList.add("current");
    marks.forEach(flash);
    marks[i].scrollIntoView({block: "center"});
    showCrop(marks[i].id);
  }
  function goTo(id) {
    var el = document.getElementById(id);
    if (!el) return false;
    clearFlash();
    el.scrollIntoView({block: "center"});
    flash(el);
    if (el.matches("mark.fig")) showCrop(id);
    return true;
  }
  // Select text[start:end) of the document (a link from a verify page: #chars-START-END).
  function goChars(start, end) {
    var root = one("#text");
    if (!root) return false;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), range = document.createRange();
    var pos = 0, started = false, node;
    while ((node = walker.nextNode())) {
      var len = node.nodeValue.length;
      if (!started && start < pos + len) { range.setStart(node, start - pos); started = true; }
      if (started && end <= pos + len) { range.setEnd(node, end - pos); break; }
      pos += len;
    }
    if (!started) return false;
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var rect = range.getBoundingClientRect();
    window.scrollBy(0, rect.top - window.innerHeight / 2);
    return true;
  }
  function followHash() {
    var h = decodeURIComponent(location.hash.slice(1)), m = /^chars-(\d+)-(\d+)$/.exec(h);
    if (m) goChars(+m[1], +m[2]); else if (h) goTo(h);
  }

  // The figure table: sort by a column, filter by metric, page and confidence.
  function sortBy(th) {
    var table = th.closest("table"), key = th.dataset.sort, numeric = th.dataset.type === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    all("th[data-sort]", table).forEach(function (x) { x.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    all("tbody", table).forEach(function (body) {
      var rows = all("tr.figrow", body);
      rows.sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        if (numeric) { x = +x; y = +y; } else { x = x.toLowerCase(); y = y.toLowerCase(); }
        return (x < y ? -1 : x > y ? 1 : (+a.dataset.fig) - (+b.dataset.fig)) * dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  }
  function applyFilters() {
    var table = one("#figures");
    if (!table) return;
    var metric = one("#f-metric").value, page = one("#f-page").value, conf = one("#f-conf").value;
    var low = +table.dataset.low, shown = 0, rows = all("tr.figrow", table);
    rows.forEach(function (r) {
      var ok = (!metric || r.dataset.metric === metric)
        && (!page || (" " + r.dataset.pages + " ").indexOf(" " + page + " ") >= 0)
        && (!conf || (conf === "low") === (+r.dataset.conf < low));
      r.hidden = !ok;
      if (ok) shown += 1;
    });
    all("tbody", table).forEach(function (body) {
      var n = all("tr.figrow:not([hidden])", body).length, count = one(".gcount", body);
      body.hidden = n === 0;
      if (count) count.textContent = n;
    });
    one("#f-count").textContent = shown === rows.length ? rows.length + " figures" : shown + " of " + rows.length + " figures";
  }

  document.addEventListener("click", function (e) {
    var th = e.target.closest("th[data-sort]");
    if (th) { sortBy(th); return; }
    var crop = e.target.closest("a[data-crop]");
    if (crop) { e.preventDefault(); goTo(crop.dataset.crop); return; }
    var a = e.target.closest("a[data-goto]");
    if (a) { e.preventDefault(); goTo(a.dataset.goto); return; }
    if (e.target.closest("details, select, a[href]")) return;
    var row = e.target.closest("tr.figrow");
    if (row) { goFigure(row); return; }
    var q = e.target.closest("tr.quoterow");
    if (q) { goTo("q" + q.dataset.quote); return; }
    var m = e.target.closest("mark.fig");
    if (m) {
      var r = one('tr.figrow[data-fig="' + m.dataset.fig + '"]');
      if (r) { clearFlash(); r.classList.add("current"); r.scrollIntoView({block: "nearest"}); flash(m); showCrop(m.id); }
    }
  });
  document.addEventListener("keydown", function (e) {
    var row = e.target.closest && e.target.closest("tr.figrow");
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); goFigure(row); }
    var th = e.target.closest && e.target.closest("th[data-sort]");
    if (th && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); sortBy(th); }
  });
  all(".filters select").forEach(function (s) { s.addEventListener("change", applyFilters); });
  window.addEventListener("hashchange", followHash);
  if (location.hash) followHash();
})();
