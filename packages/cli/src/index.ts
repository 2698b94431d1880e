export { buildProgram } from './program';
export { run } from './main';
