/**
 * Site profiles: a portal's template learned from its own pages (`learnSite`), validated
 * when read from elsewhere (`readSiteProfile`), and applied to a page as evidence
 * (`dropTemplate`, `learnedRegion`). docs/site-profiles.md describes what is learned.
 */
export { learnSite, SiteLearner, type LearnSiteOptions, type SitePage } from './learn.js';
export { readSiteProfile } from './profile.js';
export { dropTemplate, learnedRegion, learnedTitle } from './apply.js';
