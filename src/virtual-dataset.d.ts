declare module 'virtual:dataset' {
  import type { Dataset } from './lib/data/dataset.ts';
  const dataset: Dataset;
  export default dataset;
}
