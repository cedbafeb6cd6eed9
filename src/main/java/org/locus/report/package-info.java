/** The result document as text a person reads: Markdown, for the command line and for pasting into a report. */
package org.locus.report;
