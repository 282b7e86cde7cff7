export {
  displaySource,
  fetchUrlReader,
  isUrl,
  readSource,
  sourceLocation,
  type ReadSourceOptions,
  type UrlBytesReader,
} from './readSource';
