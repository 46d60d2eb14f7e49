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

  function init(element) {
    if (!window.L) { return; }
    var map = window.L.map(element, { scrollWheelZoom: false });
    tiles(map, element);
    if (element.dataset.geojson) {
      fetch(element.dataset.geojson, { headers: { Accept: "application/geo+json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          var layer = window.L.geoJSON(data, {
            onEachFeature: function (feature, marker) {
              marker.bindPopup(link(feature.properties.title, feature.properties.url));
              marker.options.alt = feature.properties.title;
              marker.options.title = feature.properties.title;
            }
          }).addTo(map);
          var bounds = layer.getBounds();
          if (bounds.isValid()) { map.fitBounds(bounds, { padding: [24, 24] }); }
          else { map.setView([51.1657, 10.4515], 6); }
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
