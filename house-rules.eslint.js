/*
 * The house rules every package's ESLint config adds to Backstage's: no source
 * file over 400 lines and no function over 120 (tests excepted; generated files
 * disable ESLint).
 */
module.exports = {
  tsRules: {
    'max-lines': ['error', { max: 400 }],
    'max-lines-per-function': ['error', { max: 120 }],
  },
  testRules: {
    'max-lines': 'off',
    'max-lines-per-function': 'off',
  },
};
