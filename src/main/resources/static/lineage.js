/*
 * The lineage picture at /lineage, drawn with Cytoscape.js (served by this server from its
 * WebJar; no CDN). Reads /lineage.json ({nodes: [{id, label, kind, path, released}],
 * links: [{source, relation, target}]}), takes colours from the page's legend, lays the graph
 * out, and opens a node's page when it is clicked.
 *
 * When the layout has finished, the container gets data-ready="true" and data-node-count /
 * data-link-count (what was drawn); window.grpoLineage is the Cytoscape instance.
 */
(function () {
  'use strict';

  function legendColour(selector, property) {
    var el = document.querySelector('#lineage-legend ' + selector);
    return el ? getComputedStyle(el)[property] : '#888';
  }

  function style() {
    var colour = {
      entry: legendColour('[data-kind=entry] .swatch', 'backgroundColor'),
      repository: legendColour('[data-kind=repository] .swatch', 'backgroundColor'),
      model: legendColour('[data-kind=model] .swatch', 'backgroundColor'),
      released: legendColour('[data-kind=released] .swatch', 'backgroundColor')
    };
    var line = function (relation) {
      return legendColour('[data-relation=' + relation + '] .line', 'borderTopColor');
    };
    return [
      {selector: 'node', style: {
        'label': 'data(label)', 'font-size': 10, 'color': '#1d232a', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 140, 'width': 16, 'height': 16,
        'border-width': 1, 'border-color': '#0003'}},
      {selector: 'node[kind = "entry"]', style: {'shape': 'round-rectangle', 'background-color': colour.entry,
        'width': 22, 'height': 22, 'font-size': 11, 'font-weight': 'bold'}},
      {selector: 'node[kind = "repository"]', style: {'shape': 'diamond', 'background-color': colour.repository}},
      {selector: 'node[kind = "model"]', style: {'shape': 'ellipse', 'background-color': colour.model}},
      {selector: 'node[?released]', style: {'background-color': colour.released, 'width': 12, 'height': 12, 'font-size': 9}},
      {selector: 'edge', style: {'width': 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8, 'line-color': line('buildsOn'), 'target-arrow-color': line('buildsOn')}},
      {selector: 'edge[relation = "baseModel"]', style: {'line-style': 'dashed',
        'line-color': line('baseModel'), 'target-arrow-color': line('baseModel')}},
      {selector: 'edge[relation = "releasesModel"]', style: {
        'line-color': line('releasesModel'), 'target-arrow-color': line('releasesModel')}},
      {selector: 'edge[relation = "fineTunedFrom"]', style: {'line-style': 'dotted',
        'line-color': line('fineTunedFrom'), 'target-arrow-color': line('fineTunedFrom')}},
      {selector: '.faded', style: {'opacity': 0.15}},
      {selector: 'node:selected', style: {'border-width': 3, 'border-color': '#1d232a'}}
    ];
  }

  function elements(data) {
    var nodes = data.nodes.map(function (n) {
      return {group: 'nodes', data: {id: n.id, label: n.label, kind: n.kind, path: n.path, released: n.released}};
    });
    var links = data.links.map(function (l, i) {
      return {group: 'edges', data: {id: 'link' + i, source: l.source, target: l.target, relation: l.relation}};
    });
    return nodes.concat(links);
  }

  function draw(container, data) {
    var status = document.getElementById('lineage-status');
    var cy = cytoscape({
      container: container,
      elements: elements(data),
      style: style(),
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3
    });
    window.grpoLineage = cy;

    cy.on('tap', 'node', function (event) {
      window.location.assign(event.target.data('path'));
    });
    cy.on('mouseover', 'node', function (event) {
      container.style.cursor = 'pointer';
      container.title = event.target.data('label') + ' (' + event.target.data('kind') + ')';
      cy.elements().addClass('faded');
      event.target.closedNeighborhood().removeClass('faded');
    });
    cy.on('mouseout', 'node', function () {
      container.style.cursor = '';
      container.title = '';
      cy.elements().removeClass('faded');
    });

    var released = document.getElementById('lineage-released');
    if (released) {
      released.addEventListener('change', function () {
        cy.nodes('[?released]').style('display', released.checked ? 'element' : 'none');
      });
    }
    var fit = document.getElementById('lineage-fit');
    if (fit) {
      fit.addEventListener('click', function () { cy.fit(undefined, 20); });
    }

    var layout = cy.layout({name: 'cose', animate: false, randomize: true, padding: 20, fit: true,
      nodeRepulsion: function () { return 14000; }, nodeOverlap: 20, idealEdgeLength: function (edge) {
        return edge.data('relation') === 'releasesModel' ? 35 : 80;
      }, gravity: 1.2, numIter: 2500});
    layout.one('layoutstop', function () {
      container.setAttribute('data-node-count', String(cy.nodes().length));
      container.setAttribute('data-link-count', String(cy.edges().length));
      container.setAttribute('data-ready', 'true');
      if (status) {
        status.textContent = cy.nodes().length + ' nodes and ' + cy.edges().length + ' links drawn.';
      }
    });
    layout.run();
  }

  function start() {
    var container = document.getElementById('lineage-graph');
    if (!container) {
      return;
    }
    var status = document.getElementById('lineage-status');
    if (typeof cytoscape !== 'function') {
      if (status) { status.textContent = 'The drawing library did not load; the lists below hold the same graph.'; }
      return;
    }
    fetch(container.getAttribute('data-source'), {headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (data) { draw(container, data); })
      .catch(function (e) {
        container.setAttribute('data-error', String(e));
        if (status) { status.textContent = 'The graph could not be loaded (' + e.message + '); the lists below hold the same graph.'; }
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
