export { assembleReportData, type AssembleOptions, type ReportTarget } from './assemble';
export {
  NO_SCORES,
  type ReportScoresPort,
  type ScoredCity,
  type ScoredGoal,
  type ScoredRollUp,
} from './scores-port';
export { renderReportHtml, scopeName, type RenderOptions } from './html/render-report';
export { formatReportValue } from './html/blocks';
export { escapeHtml, html, type Html } from './html/escape';
export { REPORT_CSS, REPORT_FONT_STACK } from './html/report-styles';
export { lineChart } from './html/chart';
export { renderPdf, countPdfPages, DEFAULT_CHROMIUM_PATH, type PdfOptions } from './pdf';
export { reportDataZip } from './data-zip';
export { documentFor, defaultTitle } from './document';
export { exportSite, type ExportSiteOptions } from './static-site';
export { checkSiteLinks, type BrokenLink } from './link-check';
export { storedScores } from './scores-from-service';
export {
  createCityReport,
  getReport,
  updateReport,
  addConsultation,
  listCityReports,
  type NewCityReportInput,
  type ReportChanges,
} from './saved-report.service';
export { reviewReport, type ReportDecision } from './report-review.service';
export { savedReportDocument, workingDocument } from './saved-report-document';
export { type SavedReportView } from './saved-report-view';
