/**
 * The command line, run from the packaged jar: {@code diagnose} a file of answers, {@code batch} many regions from
 * spreadsheets or answers documents (through {@link org.locus.batch}), {@code template} a sheet to fill in,
 * {@code verify-cases} of a case library. Errors are one line on stderr with exit code 2 (bad input) or 3 (a broken
 * knowledge base); never a stack trace. See docs/cli.md.
 */
package org.locus.cli;
