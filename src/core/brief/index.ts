// The brief: templates, a first draft from verified facts, citation numbering, the integrity
// check and the PDF layout as data. Pure: the drawing lives in src/node/pdf.
export type { BriefInput, BriefDefaults } from './input';
export { briefTemplate, VISIT_SECTIONS } from './templates';
export { draftBrief, placeFacts, draftFacts, type Placement } from './draft';
export { numberCitations, type Endnote, type EndnoteSource, type NumberedCitations } from './citations';
export { checkBriefIntegrity, type IntegrityProblem, type IntegrityReason } from './integrity';
export { classifyTopic, sensitivityWords, TOPICS, TOPIC_TITLE, type Topic, type TopicChoice } from './topics';
export { keyFigureRow } from './keyFigures';
export { bulletText } from './draft';
export { citedFactIds, promptsIn, renameCitations } from './walk';
export { briefLayout, UNVERIFIED_MARK, KEY_FIGURES_HEADER, TIMELINE_HEADER, type TimelineLine, type BriefLayout, type LaidBlock, type LaidRun, type LaidSection, type LaidEndnote, type KeyFigureLine, type LayoutOptions, type FrontMatter, coverLines } from './layout';
export { timelineTable, timeWords, type TimelineTable } from './timelineTable';
