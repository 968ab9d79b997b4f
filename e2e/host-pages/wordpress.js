// The host side of WordPress's embeds (wp-includes/js/wp-embed.js), which sizes the frames of
// oEmbed providers it does not trust: a message {secret, message: "height", value} from a frame
// whose data-secret matches sets that frame's height, clamped to 200-1000 px. WordPress itself
// (PHP) does not run here; this is its documented behaviour, as DESIGN.md describes it.
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || typeof data !== 'object' || !data.secret || !data.message || !/^[a-zA-Z0-9]+$/.test(data.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    if (event.source !== frame.contentWindow) continue;
    if (data.message === 'height') {
      var height = Math.min(Math.max(parseInt(data.value, 10), 200), 1000);
      frame.height = String(height);
    }
  }
});
