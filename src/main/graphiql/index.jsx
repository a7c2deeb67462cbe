// plangraph's GraphiQL: the graphiql npm package bundled with its CSS into the jar (no CDN), with the analyst
// example queries of examples/ opened as tabs.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

import documents from '../../../examples/01-documents.graphql';
import brainLikeChips from '../../../examples/02-brain-like-chips.graphql';
import responsibilityChain from '../../../examples/03-responsibility-chain.graphql';
import search from '../../../examples/04-search.graphql';
import platformsPage from '../../../examples/05-platforms-page.graphql';
import targets from '../../../examples/06-targets-2025.graphql';
import tasksWithOwners from '../../../examples/07-tasks-with-owners.graphql';
import topicLadder from '../../../examples/08-topic-ladder.graphql';
import responsibilityChainVariables from '../../../examples/03-responsibility-chain.variables.json';

const endpoint = new URL(document.body.dataset.endpoint || '../graphql', window.location.href).toString();

async function fetcher(request, options) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  Object.assign(headers, options && options.headers);
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(request) });
  return response.json();
}

const tabs = [
  { query: brainLikeChips },
  { query: responsibilityChain, variables: JSON.stringify(responsibilityChainVariables, null, 2) },
  { query: search },
  { query: platformsPage },
  { query: targets },
  { query: tasksWithOwners },
  { query: topicLadder },
  { query: documents },
];

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
);
