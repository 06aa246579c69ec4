import { render } from 'preact';
import '../../components/popup/theme.css';
import '../../components/popup/popup.css';
import { Popup } from '../../components/popup/Popup.tsx';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
