import { render } from 'preact';
import { BriefingPage } from '../../components/briefing/BriefingPage.tsx';
import './style.css';

const root = document.getElementById('app');
if (root) render(<BriefingPage />, root);
