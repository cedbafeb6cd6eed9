/**
 * Many regions at once, for analysts: answers read from spreadsheets (CSV, XLSX: one region a row, one question id a
 * column, the region's id first) or from answers documents, each row checked by the questionnaire's own validation
 * ({@link org.locus.questionnaire.AnswersReader}), diagnosed one after another and written as each is done (JSON
 * lines, CSV, XLSX), so that a batch of any size never holds more than one region's result. A bad row gets its own
 * problems, named by row and column, and the others go on. Also the questionnaire as a spreadsheet to fill in
 * ({@link org.locus.batch.Template}). No Spring: the command line uses it, and the UI's upload can.
 */
package org.locus.batch;
