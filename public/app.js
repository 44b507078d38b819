// Starts Web Chat against this server's Direct Line endpoint with a conversation token.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('page-config').textContent);
  var status = document.getElementById('status');
  var chat = document.getElementById('webchat');

  function fail() {
    status.textContent = config.strings.connectionFailed;
    status.classList.add('widget__status--error');
    status.hidden = false;
  }

  // Embedded by an editor whose backend exchanged the Direct Line secret: the token comes in the fragment
  // (never sent to any server), and leaves the address bar at once. Otherwise (local use) one is fetched here.
  var passed = /(?:^|&)token=([^&]+)/.exec(window.location.hash.slice(1));
  if (passed) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  var tokenReady = passed
    ? Promise.resolve({ token: decodeURIComponent(passed[1]) })
    : fetch('/v3/directline/tokens/generate', { method: 'POST' }).then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      });

  tokenReady
    .then(function (body) {
      var directLine = window.WebChat.createDirectLine({
        token: body.token,
        domain: window.location.origin + '/v3/directline',
        webSocket: true,
        conversationStartProperties: { locale: config.locale },
      });
      directLine.connectionStatus$.subscribe(function (connectionStatus) {
        // 2 = Online, 4 = FailedToConnect (botframework-directlinejs ConnectionStatus)
        if (connectionStatus === 2) status.hidden = true;
        if (connectionStatus === 4) fail();
      });
      window.WebChat.renderWebChat(
        { directLine: directLine, locale: config.locale, styleOptions: config.styleOptions },
        chat,
      );
    })
    .catch(fail);
})();
