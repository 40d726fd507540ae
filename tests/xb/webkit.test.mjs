// The core journeys in webkit (see journeys.mjs), over plain W3C WebDriver.
import { perEngine } from './harness.mjs';
import { journeys } from './journeys.mjs';

perEngine('webkit', journeys);
