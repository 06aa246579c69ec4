import { render } from 'preact';
import { Popup } from '../../components/popup/Popup.tsx';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
