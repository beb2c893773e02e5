/**
 * Files in and out, and what every format shares: located problems ({@link
 * dev.keel.io.FileProblem}, {@link dev.keel.io.ReadResult}), strict UTF-8 reading, atomic writes,
 * digests, the one CSV/JSON writer, and {@link dev.keel.io.LocalFiles}, the only way the window
 * asks the disk anything. Each format lives in a sub-package of its own ({@code json}, {@code csv},
 * {@code export}, {@code report}, {@code prefs}), which uses this package and is never used by it
 * except through the portfolio file's front door, {@link dev.keel.io.PortfolioFiles} and {@link
 * dev.keel.io.PortfolioJson}.
 */
package dev.keel.io;
