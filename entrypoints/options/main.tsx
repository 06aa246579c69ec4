import { render } from 'preact';
import '../../components/popup/theme.css';
import '../../components/options/options.css';
import { Options } from '../../components/options/Options.tsx';

const root = document.getElementById('app');
if (root) render(<Options />, root);
