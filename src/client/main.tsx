// The sidebar's entry: mounts the app into #app.
import { render } from 'preact';
import { App } from './app';
import './sidebar.css';

render(<App />, document.getElementById('app')!);
