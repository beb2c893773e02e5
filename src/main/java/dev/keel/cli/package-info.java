/**
 * The command line: picocli commands that read portfolio files, report drift and import holdings.
 * The only package that prints to standard output and error; every user error is one readable line,
 * never a stack trace.
 */
package dev.keel.cli;
