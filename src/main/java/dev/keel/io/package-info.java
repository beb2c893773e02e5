/**
 * Files in and out, and what every format shares: located problems ({@link
 * dev.keel.io.FileProblem}, {@link dev.keel.io.ReadResult}), strict UTF-8 reading, exact decimals
 * from text, atomic writes, digests and the one CSV/JSON writer. Each format lives in its own
 * sub-package ({@code json}, {@code csv}, {@code export}, {@code report}, {@code prefs}); {@link
 * dev.keel.io.PortfolioFiles} and {@link dev.keel.io.PortfolioJson} are the portfolio file's front
 * door for the rest of Keel.
 */
package dev.keel.io;
