// The same way of loading as the app's boot.js: a module that imports the glue and starts it.
import init from './minimaal.js';
init();
