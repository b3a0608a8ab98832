import { mount } from 'svelte';
import App from './App.svelte';
import { initBridge } from './lib/api.js';
import './app.css';

// Take the browser host's token out of the address bar before anything else runs.
initBridge();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
