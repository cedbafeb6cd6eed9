/**
 * The command line, run from the packaged jar: {@code diagnose} a file of answers, {@code verify-cases} of a case
 * library. Errors are one line on stderr with exit code 2 (bad input) or 3 (a broken knowledge base); never a stack
 * trace.
 */
package org.locus.cli;
