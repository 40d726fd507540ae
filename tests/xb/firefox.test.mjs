// The core journeys in firefox (see journeys.mjs), over plain W3C WebDriver.
import { perEngine } from './harness.mjs';
import { journeys } from './journeys.mjs';

perEngine('firefox', journeys);
