/**
 * The argument checks the model's records run in their constructors: text that is not blank and
 * holds no character {@code UnsafeCharacters} refuses (a rule the readers apply too, with located
 * messages), currency codes, positive, non-negative and fractional decimals. A leaf of its own, so
 * that {@code model} and {@code model.market} both use it without depending on each other both
 * ways.
 */
package dev.keel.model.check;
