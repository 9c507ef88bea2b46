/* Observatory interactive map: vector layers, clustered events (Supercluster), filters and a time slider.
   Reads its data from the JSON in #obs-data; needs Leaflet (L) and Supercluster, both inlined by the page. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("obs-data").textContent);
  var E = D.events, N = E.lon.length;
  var DAY0 = D.meta.day0;  // days are offsets from the first day of the period
  var state = { sides: {}, types: {}, from: 0, to: D.meta.days, index: null, shown: 0, drawn: { singles: 0, clusters: 0 } };
  D.sides.forEach(function (_s, i) { state.sides[i] = true; });
  D.types.forEach(function (_t, i) { state.types[i] = true; });

  var map = L.map("obs-map", { preferCanvas: true, zoomSnap: 0.25, minZoom: 4, maxZoom: 16, attributionControl: true });
  map.attributionControl.setPrefix(false).addAttribution(D.meta.attribution);
  var renderer = L.canvas({ padding: 0.3 });
  ["control", "admin", "activity", "events", "labels"].forEach(function (name, i) {
    map.createPane(name).style.zIndex = 350 + i * 20;
  });

  function geo(gj, pane, style, onEach) {
    return L.geoJSON(gj, { pane: pane, renderer: renderer, style: style, onEachFeature: onEach, interactive: !!onEach });
  }
  var overlays = {};
  var country = geo(D.layers.country, "admin", { color: "#333", weight: 2, fill: true, fillColor: "#fbfaf6", fillOpacity: 1 });
  var govs = geo(D.layers.governorates, "admin", { color: "#8c8c8c", weight: 1, dashArray: "4 3", fill: false });
  var river = geo(D.layers.river, "admin", { color: "#3b83bd", weight: 3 });
  var control = geo(D.layers.control, "control", function (f) {
    return { stroke: false, fillColor: f.properties.colour, fillOpacity: 0.7 };
  }, function (f, layer) { layer.bindTooltip(f.properties.label); });
  var activity = geo(D.layers.activity, "activity", { color: "#b03a2e", weight: 2, dashArray: "8 5", fillColor: "#e74c3c", fillOpacity: 0.06 },
    function (f, layer) { layer.bindTooltip(f.properties.label); });
  var towns = L.layerGroup(D.towns.map(function (t) {
    return L.marker([t.lat, t.lon], { pane: "labels", interactive: false, keyboard: false,
      icon: L.divIcon({ className: "obs-town" + (t.rank === 1 ? " major" : ""), html: "&#9642; " + esc(t.name), iconSize: null, iconAnchor: [4, 8] }) });
  }));
  var events = L.layerGroup();
  country.addTo(map);
  overlays["Control areas"] = control.addTo(map);
  overlays["Governorate boundaries"] = govs.addTo(map);
  overlays["Euphrates"] = river.addTo(map);
  overlays["Area of activity"] = activity.addTo(map);
  overlays["Towns"] = towns.addTo(map);
  overlays["Events"] = events.addTo(map);
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  var b = D.meta.bounds;
  map.fitBounds([[b[1], b[0]], [b[3], b[2]]]);

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function isoDay(offset) { return new Date((DAY0 + offset) * 86400000).toISOString().slice(0, 10); }

  function passes(i) {
    var d = E.day[i];
    return state.sides[E.s[i]] && state.types[E.t[i]] && d >= state.from && d <= state.to;
  }
  function rebuild() {
    var pts = [];
    for (var i = 0; i < N; i++) {
      if (passes(i)) pts.push({ type: "Feature", properties: { i: i, k: E.k[i] }, geometry: { type: "Point", coordinates: [E.lon[i], E.lat[i]] } });
    }
    state.shown = pts.length;
    state.index = new Supercluster({ radius: 80, maxZoom: 15, minPoints: 3,
      map: function (p) { return { killed: p.k }; },
      reduce: function (acc, p) { acc.killed += p.killed; } }).load(pts);
    document.getElementById("obs-count").textContent = state.shown.toLocaleString("en") + " of " + N.toLocaleString("en") + " events shown";
    draw();
  }
  function draw() {
    events.clearLayers();
    state.drawn = { singles: 0, clusters: 0 };
    if (!state.index) return;
    var bb = map.getBounds().pad(0.2);
    var z = Math.floor(map.getZoom());
    var items = state.index.getClusters([bb.getWest(), bb.getSouth(), bb.getEast(), bb.getNorth()], z);
    items.forEach(function (f) {
      var c = f.geometry.coordinates;
      if (f.properties.cluster) {
        var n = f.properties.point_count, size = 30 + Math.min(18, Math.round(Math.log(n) * 2.5));
        var m = L.marker([c[1], c[0]], { pane: "events", title: n + " events, at least " + f.properties.killed + " killed",
          icon: L.divIcon({ className: "obs-cluster", iconSize: [size, size],
            html: "<span>" + n.toLocaleString("en") + "<small>&dagger; " + f.properties.killed.toLocaleString("en") + "</small></span>" }) });
        m.on("click", function () { map.flyTo([c[1], c[0]], state.index.getClusterExpansionZoom(f.properties.cluster_id)); });
        events.addLayer(m);
        state.drawn.clusters += 1;
      } else {
        var i = f.properties.i;
        var cm = L.circleMarker([c[1], c[0]], { renderer: renderer, pane: "events", eventIndex: i, radius: 4 + Math.sqrt(E.k[i]) * 1.6,
          color: "#fff", weight: 1, fillColor: D.sideColours[E.s[i]], fillOpacity: 0.9, dashArray: E.a[i] ? "2 2" : null });
        cm.bindPopup(function () { return popup(i); }, { maxWidth: 380 });
        events.addLayer(cm);
        state.drawn.singles += 1;
      }
    });
  }
  function popup(i) {
    var id = E.id[i], extra = D.popups[id] || {}, h = [];
    h.push("<div class='obs-popup'><h3>" + esc(D.typeLabels[E.t[i]]) + " — " + esc(E.place[E.p[i]] || "unnamed place") + "</h3><table>");
    h.push("<tr><td>Date</td><td>" + isoDay(E.day[i]) + "</td></tr>");
    h.push("<tr><td>By</td><td>" + esc(D.sideLabels[E.s[i]]) + "</td></tr>");
    h.push("<tr><td>Against</td><td>" + esc(D.sideLabels[E.tg[i]]) + "</td></tr>");
    h.push("<tr><td>Killed</td><td>at least " + E.k[i] + "</td></tr><tr><td>Injured</td><td>at least " + E.inj[i] + "</td></tr>");
    if (E.a[i] === 1) h.push("<tr><td>Location</td><td>placed by its place name (gazetteer), approximate</td></tr>");
    if (E.a[i] === 2) h.push("<tr><td>Location</td><td>governorate only (drawn near its centre)</td></tr>");
    h.push("<tr><td>Event id</td><td><code>" + esc(id) + "</code></td></tr></table>");
    (extra.q || []).forEach(function (q) {
      h.push("<blockquote title='" + esc(q[0]) + " = " + esc(q[1]) + "'>“" + esc(q[2]) + "<mark>" + esc(q[3]) + "</mark>" + esc(q[4]) + "”</blockquote>");
    });
    var r = extra.r && D.reports[extra.r];
    if (r) {
      var title = esc(r.title || r.source || "report");
      h.push("<div class='src'>Source: " + (r.url ? "<a href='" + esc(r.url) + "' target='_blank' rel='noopener'>" + title + "</a>" : title) +
        (r.source && r.title ? " (" + esc(r.source) + ")" : "") + (r.published ? ", " + esc(r.published) : "") + "</div>");
    } else if (extra.src) {
      h.push("<div class='src'>Source: " + esc(extra.src) + "</div>");
    }
    return h.join("") + "</div>";
  }

  function checkboxes(containerId, names, colours, key) {
    var box = document.getElementById(containerId);
    var present = {};
    for (var i = 0; i < N; i++) present[(key === "sides" ? E.s : E.t)[i]] = true;
    names.forEach(function (name, i) {
      if (!present[i]) return;
      var label = document.createElement("label");
      var cb = document.createElement("input");
      cb.type = "checkbox"; cb.checked = true; cb.dataset[key] = String(i);
      cb.addEventListener("change", function () { state[key][i] = cb.checked; rebuild(); });
      label.appendChild(cb);
      if (colours) { var sw = document.createElement("span"); sw.className = "swatch"; sw.style.background = colours[i]; label.appendChild(sw); }
      label.appendChild(document.createTextNode(name));
      box.appendChild(label);
    });
  }
  checkboxes("obs-sides", D.sideLabels, D.sideColours, "sides");
  checkboxes("obs-types", D.typeLabels, null, "types");

  var from = document.getElementById("obs-from"), to = document.getElementById("obs-to");
  from.max = to.max = String(D.meta.days); from.value = "0"; to.value = String(D.meta.days);
  var timer = null;
  function onSlide(instant) {
    var a = Number(from.value), z = Number(to.value);
    if (a > z) { if (this === from) { to.value = String(a); z = a; } else { from.value = String(z); a = z; } }
    state.from = a; state.to = z;
    document.getElementById("obs-period").textContent = isoDay(a) + " – " + isoDay(z);
    clearTimeout(timer);
    if (instant === true) rebuild(); else timer = setTimeout(rebuild, 120);
  }
  from.addEventListener("input", onSlide); to.addEventListener("input", onSlide);
  from.addEventListener("change", function () { onSlide.call(from, true); });
  to.addEventListener("change", function () { onSlide.call(to, true); });
  document.getElementById("obs-period").textContent = isoDay(0) + " – " + isoDay(D.meta.days);
  map.on("moveend", draw);

  /* A small API for scripts and tests: what is shown, and setting the period by ISO dates. */
  window.observatoryMap = {
    map: map,
    stats: function () {
      var active = Object.keys(overlays).filter(function (k) { return map.hasLayer(overlays[k]); });
      return { total: N, shown: state.shown, singles: state.drawn.singles, clusters: state.drawn.clusters, layers: active,
        controlAreas: control.getLayers().length, governorates: govs.getLayers().length };
    },
    setPeriod: function (since, until) {
      var a = Math.round(Date.parse(since) / 86400000) - DAY0, z = Math.round(Date.parse(until) / 86400000) - DAY0;
      from.value = String(Math.max(0, a)); to.value = String(Math.min(D.meta.days, z));
      onSlide.call(to, true);
      return state.shown;
    },
    openEvent: function (id) {
      var i = E.id.indexOf(id);
      if (i < 0) return false;
      map.setView([E.lat[i], E.lon[i]], 16, { animate: false });
      draw();
      var found = false;
      events.eachLayer(function (l) { if (l.options.eventIndex === i) { l.openPopup(); found = true; } });
      return found;
    },
    visibleEventCount: function () {
      var n = 0;
      events.eachLayer(function (l) { n += l.options.title ? Number(l.options.title.split(" ")[0]) : 1; });
      return n;
    }
  };
  rebuild();
  document.body.setAttribute("data-ready", "1");
})();
