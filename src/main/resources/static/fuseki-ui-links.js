/*
 * Added by grpo-kg to the Fuseki UI page it serves at /ui/ (docs/decisions/0007-browsing.md).
 * 1. Links to the graph's canonical IRIs (https://w3id.org/grpo-kg/...) open the resource's
 *    page on this server: hrefs are rewritten as they appear, and clicks are caught as a backstop.
 * 2. The write views (upload, edit, manage datasets) cannot write on this read-only server
 *    (405): a notice says so on those views. On a server started with --allow-update
 *    (OPTIONS /kg/update allows POST; docs/decisions/0014-updates-with-a-password.md) upload and
 *    edit work for the users of its password file, and the notice says that instead.
 */
(function () {
  'use strict';
  var CANONICAL = 'https://w3id.org/grpo-kg/';
  var WRITE_VIEWS = [/^#\/dataset\/[^/]+\/upload/, /^#\/dataset\/[^/]+\/edit/, /^#\/manage/];
  var NOTICE_ID = 'grpo-kg-read-only-notice';
  var MANAGE_VIEW = /^#\/manage/;
  var writable = false;

  function localHref(href) {
    if (typeof href !== 'string' || href.indexOf(CANONICAL) !== 0) {
      return null;
    }
    return window.location.origin + '/' + href.substring(CANONICAL.length);
  }

  function rewrite(root) {
    if (!root || !root.querySelectorAll) {
      return;
    }
    var anchors = root.querySelectorAll('a[href^="' + CANONICAL + '"]');
    for (var i = 0; i < anchors.length; i++) {
      var a = anchors[i];
      var local = localHref(a.getAttribute('href'));
      if (local) {
        a.setAttribute('data-canonical-iri', a.getAttribute('href'));
        a.setAttribute('href', local);
        a.setAttribute('title', 'Open on this server (canonical IRI: ' + a.getAttribute('data-canonical-iri') + ')');
      }
    }
  }

  document.addEventListener('click', function (event) {
    var a = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var local = a ? localHref(a.getAttribute('href')) : null;
    if (local) {
      event.preventDefault();
      if (a.target === '_blank' || event.ctrlKey || event.metaKey) {
        window.open(local, '_blank', 'noopener');
      } else {
        window.location.assign(local);
      }
    }
  }, true);

  function showNoticeIfWriteView() {
    var onWriteView = WRITE_VIEWS.some(function (re) { return re.test(window.location.hash); });
    var notice = document.getElementById(NOTICE_ID);
    if (notice && notice.getAttribute('data-writable') !== String(writable && !MANAGE_VIEW.test(window.location.hash))) {
      notice.remove();
      notice = null;
    }
    if (onWriteView && !notice) {
      notice = document.createElement('div');
      notice.id = NOTICE_ID;
      notice.setAttribute('role', 'alert');
      notice.style.cssText = 'position:sticky;top:0;z-index:10000;background:#fff4d6;border-bottom:1px solid #e0b44a;'
          + 'padding:0.6rem 1rem;font:15px/1.4 system-ui,sans-serif;color:#1d232a';
      var updates = writable && !MANAGE_VIEW.test(window.location.hash);
      notice.setAttribute('data-writable', String(updates));
      notice.appendChild(document.createTextNode(updates
          ? 'This grpo-kg server takes updates from the users of its password file: the browser asks for a name and '
            + 'password when you save. Changes go to the store, not to data/; grpo-kg build refuses to replace them unless told. '
          : 'This grpo-kg server is read-only: adding data, editing and managing '
            + 'datasets are refused (HTTP 405). To change the graph, edit data/ and run grpo-kg build. '));
      var back = document.createElement('a');
      back.href = '#/dataset/kg/query';
      back.textContent = 'Go to the query page';
      notice.appendChild(back);
      document.body.insertBefore(notice, document.body.firstChild);
    } else if (!onWriteView && notice) {
      notice.remove();
    }
  }

  function start() {
    rewrite(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (m) {
        m.addedNodes.forEach(function (n) {
          if (n.nodeType === 1) {
            if (n.matches && n.matches('a[href]')) {
              rewrite(n.parentNode);
            } else {
              rewrite(n);
            }
          }
        });
        if (m.type === 'attributes' && m.target.matches && m.target.matches('a[href^="' + CANONICAL + '"]')) {
          rewrite(m.target.parentNode);
        }
      });
    }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['href']});
    showNoticeIfWriteView();
    window.addEventListener('hashchange', showNoticeIfWriteView);
    if (window.fetch) {
      fetch('/kg/update', {method: 'OPTIONS'}).then(function (r) {
        writable = (r.headers.get('Allow') || '').indexOf('POST') >= 0;
        showNoticeIfWriteView();
      }).catch(function () { /* read-only notice stays */ });
    }
    window.addEventListener('popstate', showNoticeIfWriteView);
    // the app's router changes views with history.pushState, which fires no event
    ['pushState', 'replaceState'].forEach(function (name) {
      var original = history[name];
      history[name] = function () {
        var result = original.apply(this, arguments);
        showNoticeIfWriteView();
        return result;
      };
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
