/**
 * The stress view: the book revalued under the built-in scenario sets and a scenario of one's own,
 * a heat table of scenarios by accounts (the book's worst first, every cell with its figures and
 * shaded by its loss against the account's equity), and the book after the approved trades of the
 * proposal beside it. Worked out on the compute lane while the view is shown.
 */
package dev.keel.ui.stress;
