/**
 * The command line: picocli commands that validate portfolio files, report drift, rebalance, import
 * holdings and generate test books. The only package that prints to standard output and error;
 * every user error is one readable line, never a stack trace.
 */
package dev.keel.cli;
