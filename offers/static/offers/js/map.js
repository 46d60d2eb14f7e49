/* Maps with Leaflet (from npm, served from static). Without JavaScript, without Leaflet or
   without tiles the page stays usable: the address, the link and the list are plain HTML. */
(function () {
  "use strict";

  function tiles(map, element) {
    var url = element.dataset.tiles;
    if (!url) { return; }
    window.L.tileLayer(url, { maxZoom: 19, attribution: element.dataset.attribution || "" }).addTo(map);
  }

  function link(text, href) {
    var anchor = document.createElement("a");
    anchor.href = href;
    anchor.textContent = text;
    return anchor;
  }

  // Markers closer than this (in pixels at the current zoom) share one marker: a pin is 25 x 41 px,
  // so pins at least 48 px apart never cover each other and each keeps a 24 px target (WCAG 2.5.8).
  var SPACING = 48;

  function popup(features) {
    if (features.length === 1) {
      return link(features[0].properties.title, features[0].properties.url);
    }
    var list = document.createElement("ul");
    list.className = "map__list";
    features.forEach(function (feature) {
      var item = document.createElement("li");
      item.appendChild(link(feature.properties.title, feature.properties.url));
      list.appendChild(item);
    });
    return list;
  }

  function marker(group) {
    var titles = group.features.map(function (feature) { return feature.properties.title; }).join("; ");
    var options = { alt: titles, title: titles };
    if (group.features.length > 1) {
      options.icon = window.L.divIcon({
        className: "map__cluster", html: String(group.features.length), iconSize: [32, 32]
      });
    }
    var result = window.L.marker(group.latlng, options).bindPopup(popup(group.features));
    result.on("add", function () { result.getElement().setAttribute("aria-label", titles); });
    return result;
  }

  // Points near each other at the current zoom become one marker listing all of them.
  function cluster(map, features) {
    var layer = window.L.layerGroup().addTo(map);
    function draw() {
      var groups = [];
      features.forEach(function (feature) {
        var coordinates = feature.geometry.coordinates;
        var latlng = window.L.latLng(coordinates[1], coordinates[0]);
        var point = map.latLngToLayerPoint(latlng);
        var near = groups.find(function (group) { return group.point.distanceTo(point) < SPACING; });
        if (near) { near.features.push(feature); }
        else { groups.push({ point: point, latlng: latlng, features: [feature] }); }
      });
      layer.clearLayers();
      groups.forEach(function (group) { layer.addLayer(marker(group)); });
    }
    map.on("zoomend", draw);
    draw();
  }

  function points(data) {
    return (data.features || []).filter(function (feature) {
      return feature.geometry && feature.geometry.type === "Point";
    });
  }

  function init(element) {
    if (!window.L) { return; }
    var map = window.L.map(element, { scrollWheelZoom: false });
    tiles(map, element);
    if (element.dataset.geojson) {
      fetch(element.dataset.geojson, { headers: { Accept: "application/geo+json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          var features = points(data);
          var bounds = window.L.geoJSON({ type: "FeatureCollection", features: features }).getBounds();
          if (bounds.isValid()) { map.fitBounds(bounds, { padding: [24, 24] }); }
          else { map.setView([51.1657, 10.4515], 6); }
          cluster(map, features);
        })
        .catch(function () { element.classList.add("map--failed"); });
    } else {
      var position = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
      map.setView(position, 16);
      window.L.marker(position, { alt: element.dataset.title, title: element.dataset.title }).addTo(map);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-map]").forEach(init);
  });
})();
