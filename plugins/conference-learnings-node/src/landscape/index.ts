export {
  parseLandscape,
  type LandscapeFilter,
  type LandscapeTechnology,
} from './parseLandscape';
