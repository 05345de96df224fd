// The regular-expression check of npm test: every regex in src/ is analysed by
// eslint-plugin-regexp, with its rules against super-linear backtracking and
// super-linear moves as errors (a regex that backtracks on crafted input is a denial of
// service in a pipeline). Only regex rules run here; style is not linted.
import regexp from 'eslint-plugin-regexp'
import tsParser from '@typescript-eslint/parser'

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tsParser, ecmaVersion: 2022, sourceType: 'module'},
    plugins: {regexp},
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-unicode-character': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/no-useless-quantifier': 'error'
    }
  }
]
