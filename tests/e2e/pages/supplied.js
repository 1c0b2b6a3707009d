// Points two placeholders of supplied.html at the same test server under another origin
// (localhost instead of 127.0.0.1): one path without CORS headers, one with.
(function () {
  var other = location.protocol + '//localhost:' + location.port;
  document.getElementById('f').setAttribute('data-src', other + '/fixtures/synthetic.json');
  document.getElementById('g').setAttribute('data-src', other + '/cors-fixtures/synthetic.json');
})();
