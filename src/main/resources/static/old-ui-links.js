/* The Fuseki UI moved from / to /ui/: an old link such as /#/dataset/kg/query opens it there. */
(function () {
  'use strict';
  if (window.location.hash.indexOf('#/') === 0) {
    window.location.replace('/ui/' + window.location.hash);
  }
})();
