/**
 * The stress settings of a book: the groups of underlyings that move together in a scenario. Each
 * group has a kind and the scan ranges the built-in scenario sets move it by.
 */
package dev.keel.model.stress;
