/**
 * Files in and out, and what most formats share: located problems ({@link dev.keel.io.FileProblem},
 * {@link dev.keel.io.ReadResult}), strict UTF-8 reading, atomic writes, digests, the one CSV/JSON
 * writer, and {@link dev.keel.io.LocalFiles}, the only way the window asks the disk anything. The
 * formats that read or write files ({@code csv}, {@code export}, {@code report}, {@code prefs}) use
 * this package; {@code json}, the portfolio file's sections, reports its own problems and uses it
 * not at all, reached only through the front door {@link dev.keel.io.PortfolioJson} and {@link
 * dev.keel.io.PortfolioFiles}; {@code text} is a leaf every format reads numbers with.
 */
package dev.keel.io;
