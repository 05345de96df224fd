export {clean, cleanFile, createProcessor, DETECTORS} from './clean.js'
export {DechromeError, type ErrorCode} from './errors.js'
export {resolveOptions, type Options, type Settings} from './options.js'
export {LEXICONS, type Lexicon} from './lexicon/index.js'
export {learnProfile, type LearnOptions, type PageSource} from './profile/learn.js'
export {mergeProfiles, type Profile} from './profile/profile.js'
export {profileFromJSON, profileToJSON, type ProfileJSON} from './profile/json.js'
export {DEFAULT_LANGUAGES} from './metadata/languages.js'
export {
  CHROME_LABELS, CONTENT_LABELS, FURNITURE_LABELS, LABELS,
  type Caption, type CleanResult, type Label, type LineDecision, type Metadata, type ProfileUse
} from './types.js'
