import { render } from 'preact';
import { Options } from '../../components/options/Options.tsx';

const root = document.getElementById('app');
if (root) render(<Options />, root);
